namespace Market.Domain.Orders;

/// <summary>Where a dispute (chargeback) of an order's payment stands.</summary>
public enum DisputeStage
{
    /// <summary>Open: the order's earnings are frozen.</summary>
    Open,

    /// <summary>Closed in the merchant's favour (won, or an inquiry closed with a warning): earnings released.</summary>
    Won,

    /// <summary>Closed in the buyer's favour: what was left of every line is reversed.</summary>
    Lost,
}

/// <summary>A dispute of the order's payment.</summary>
/// <param name="DisputeId">Stripe's <c>dp_…</c> id.</param>
/// <param name="AmountMinor">The amount disputed.</param>
/// <param name="Reason">Stripe's reason, such as <c>fraudulent</c>.</param>
/// <param name="Stage">Open, won or lost.</param>
/// <param name="OpenedAt">When it opened.</param>
/// <param name="ClosedAt">When it closed.</param>
/// <param name="FeeMinor">Stripe's dispute fee, booked as a platform cost when the dispute is lost.</param>
/// <param name="Reversed">Per line, what a lost dispute took back.</param>
public sealed record ChargeDispute(
    string DisputeId,
    long AmountMinor,
    string? Reason,
    DisputeStage Stage,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt = null,
    long FeeMinor = 0,
    IReadOnlyList<LineShare>? Reversed = null)
{
    /// <summary>True while the dispute is open: the order's allocations may not be paid out.</summary>
    public bool FreezesEarnings => Stage == DisputeStage.Open;
}
