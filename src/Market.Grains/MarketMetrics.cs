using System.Diagnostics.Metrics;

namespace Market.Grains;

/// <summary>
/// Market's business meter (<c>Market.Grains</c>): orders placed and paid, sale lines allocated
/// through the royalty graph and the parts they paid, payouts made. Exported with the others by
/// <c>AddMarketTelemetry</c>; counted where the grain commits the fact, so a replay counts nothing.
/// </summary>
public static class MarketMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "Market.Grains";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> OrdersPlaced = Meter.CreateCounter<long>("market.orders.placed", "{order}", "Orders placed.");
    private static readonly Counter<long> OrdersPaid = Meter.CreateCounter<long>("market.orders.paid", "{order}", "Orders paid and fulfilled.");
    private static readonly Counter<long> OrdersMismatched = Meter.CreateCounter<long>("market.orders.payment_mismatch", "{order}", "Orders paid with another amount than theirs: refunded, not fulfilled.");
    private static readonly Counter<long> Allocations = Meter.CreateCounter<long>("market.allocations", "{line}", "Sale lines allocated and posted.");
    private static readonly Histogram<int> PartsPerAllocation = Meter.CreateHistogram<int>("market.allocation.parts", "{part}", "Parts one sale line was split into.");
    private static readonly Counter<long> PayoutsPaid = Meter.CreateCounter<long>("market.payouts.paid", "{payout}", "Payout transfers booked as paid.");
    private static readonly Counter<long> PayoutMicros = Meter.CreateCounter<long>("market.payouts.paid_micros", "micros", "Micros paid out.");

    internal static void OrderPlaced() => OrdersPlaced.Add(1);

    internal static void OrderPaid() => OrdersPaid.Add(1);

    internal static void PaymentMismatched() => OrdersMismatched.Add(1);

    internal static void Allocated(int parts)
    {
        Allocations.Add(1);
        PartsPerAllocation.Record(parts);
    }

    internal static void PayoutPaid(long micros)
    {
        PayoutsPaid.Add(1);
        PayoutMicros.Add(micros);
    }
}
