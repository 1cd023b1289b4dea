using System.Globalization;
using Market.Domain.Orders;

namespace Market.Domain.Tests.Orders;

/// <summary>Orders in a known state, reached only through the decider, and the commands the tests send.</summary>
internal static class OrderScript
{
    public const string OrderId = "o_1";
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static OrderCommand.Place Place(params long[] prices) => new(
        OrderId, "buyer-1", "usd",
        [.. prices.Select((price, i) => new PricedLine(Line(i), $"work-{i + 1}", $"Work {i + 1}", "standard", price))]);

    public static string Line(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    public static Order Placed(params long[] prices) => Apply(null, Place(prices));

    public static Order Paid(params long[] prices)
    {
        var placed = Placed(prices);
        return Apply(placed, Payment(placed.AmountMinor));
    }

    public static OrderCommand.ConfirmPayment Payment(long amountMinor, string currency = "usd", string eventId = "evt_paid", long? feeMinor = 88) =>
        new(eventId, "cs_1", "pi_1", amountMinor, currency, feeMinor, Now);

    public static OrderCommand.RecordChargeRefund ChargeRefunded(long cumulativeMinor, string? requestKey = null) =>
        new(string.Create(CultureInfo.InvariantCulture, $"evt_refund_{cumulativeMinor}"), cumulativeMinor, requestKey, Now.AddHours(1));

    public static OrderCommand.OpenDispute OpenDispute(long amountMinor, string disputeId = "dp_1") =>
        new("evt_dispute_opened", disputeId, amountMinor, "fraudulent", Now.AddDays(1));

    public static OrderCommand.CloseDispute CloseDispute(long amountMinor, bool lost, string disputeId = "dp_1") =>
        new("evt_dispute_closed", disputeId, amountMinor, "fraudulent", lost, 1500, Now.AddDays(20));

    public static OrderDecision Decide(Order? order, OrderCommand command) => OrderDecider.Decide(order, command, Now);

    /// <summary>Decides and folds; the command must be accepted.</summary>
    public static Order Apply(Order? order, OrderCommand command)
    {
        var decision = Decide(order, command);
        decision.Refusal.ShouldBeNull();
        return OrderDecider.Fold(order, decision.Events)!;
    }

    /// <summary>Applies each command in turn.</summary>
    public static Order Apply(Order order, params OrderCommand[] commands) => commands.Aggregate(order, Apply);

    /// <summary>The refusal of a command that must be refused.</summary>
    public static OrderRefusal Refusal(Order? order, OrderCommand command)
    {
        var decision = Decide(order, command);
        decision.Events.ShouldBeEmpty();
        return decision.Refusal.ShouldNotBeNull();
    }

    /// <summary>The single event a command must produce.</summary>
    public static T Single<T>(Order? order, OrderCommand command) where T : OrderEvent
    {
        var decision = Decide(order, command);
        decision.Refusal.ShouldBeNull();
        return decision.Events.ShouldHaveSingleItem().ShouldBeOfType<T>();
    }
}
