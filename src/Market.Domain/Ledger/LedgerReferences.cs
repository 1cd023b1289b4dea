using Market.Domain.Ids;

namespace Market.Domain.Ledger;

/// <summary>What a transaction is about, so statements, reconciliation and support can find it.</summary>
/// <param name="OrderId">The order, for sales and refunds.</param>
/// <param name="LineId">The order line, for sales and refunds.</param>
/// <param name="Work">The work sold.</param>
/// <param name="Pool">The model version whose pool is settled.</param>
/// <param name="Party">The party whose holds matured.</param>
/// <param name="External">The outside id that caused it: a Stripe charge, refund or event id.</param>
/// <param name="Note">Free text, such as the reason for a correction.</param>
public sealed record LedgerReferences(
    string? OrderId = null,
    string? LineId = null,
    WorkId? Work = null,
    ModelId? Pool = null,
    PartyId? Party = null,
    string? External = null,
    string? Note = null)
{
    /// <summary>No references.</summary>
    public static LedgerReferences None { get; } = new();
}
