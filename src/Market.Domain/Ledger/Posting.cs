using Market.Domain.Royalties;

namespace Market.Domain.Ledger;

/// <summary>
/// One line of a ledger transaction. Amounts are signed micros: a debit is positive, a credit
/// negative, so a balanced transaction's postings sum to zero.
/// </summary>
/// <param name="Account">The account posted to.</param>
/// <param name="AmountMicros">Debit (positive) or credit (negative), never zero.</param>
/// <param name="Memo">Why the line exists, in a word or two (<see cref="PostingMemos"/>).</param>
public sealed record Posting(LedgerAccount Account, long AmountMicros, string Memo)
{
    /// <summary>For a part of a sale or settlement: why its recipient is paid.</summary>
    public RoyaltyRole? Role { get; init; }

    /// <summary>For a part: the nodes the money passed through, so a statement can explain the line.</summary>
    public RoyaltyPath? Path { get; init; }

    /// <summary>For a part: the attribution weight of the nearest attributed contribution on its path.</summary>
    public long? AttributionPpm { get; init; }

    /// <summary>In a reversal or refund: the index of the posting of the original that this line reverses.</summary>
    public int? Reverses { get; init; }

    /// <summary>True when this line is a part of an allocation (it names a role).</summary>
    public bool IsPart => Role is not null;

    /// <summary>The size of the line, whichever side it is on.</summary>
    public long Magnitude => Math.Abs(AmountMicros);

    /// <summary>A credit of a royalty part, keeping its role, path and attribution.</summary>
    public static Posting CreditOf(LedgerAccount account, RoyaltyPart part, string memo) =>
        new(account, checked(-part.AmountMicros), memo) { Role = part.Role, Path = part.Path, AttributionPpm = part.AttributionPpm };
}
