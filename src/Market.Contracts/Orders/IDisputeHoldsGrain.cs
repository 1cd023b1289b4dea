namespace Market.Contracts.Orders;

/// <summary>
/// A party's earnings frozen by open disputes (DESIGN 2.4), keyed by the party's id, so the balance
/// can say why that money is not paid and a payout run can leave it alone.
/// </summary>
public interface IDisputeHoldsGrain : IGrainWithStringKey
{
    /// <summary>Freezes (or re-freezes, idempotently) the party's share of one disputed order.</summary>
    Task Freeze(DisputeHold hold);

    /// <summary>Lifts the order's hold, if any: the dispute closed.</summary>
    Task Release(string orderId);

    /// <summary>Every hold of the party.</summary>
    Task<IReadOnlyList<DisputeHold>> Get();
}

/// <summary>The part of a party's earnings from one order that a dispute freezes.</summary>
/// <param name="OrderId">The disputed order.</param>
/// <param name="DisputeId">Stripe's dispute id.</param>
/// <param name="AmountMicros">The party's share of the order's sales still in effect.</param>
/// <param name="Since">When the dispute opened.</param>
[GenerateSerializer, Immutable, Alias("market.dispute-hold")]
public sealed record DisputeHold(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string DisputeId,
    [property: Id(2)] long AmountMicros,
    [property: Id(3)] DateTimeOffset Since);
