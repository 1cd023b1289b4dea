namespace Market.Domain.Statements;

/// <summary>
/// A party's monthly statement. Its balance is the party's <em>earned</em> balance: pending +
/// available + in payout + paid − receivable, i.e. everything the party has earned net of what was
/// taken back. Payouts only move money between those buckets, so they are listed but are not lines;
/// Σ lines = closing − opening, exactly.
/// </summary>
/// <param name="PartyId">Whose statement.</param>
/// <param name="Period">The month.</param>
/// <param name="OpeningMicros">The earned balance before the month's first instant.</param>
/// <param name="ClosingMicros">The earned balance before the next month's first instant.</param>
/// <param name="Lines">The changes, by time, then transaction id, then posting index.</param>
/// <param name="Payouts">The transfers of the month, in the same order.</param>
/// <param name="UnpaidClosingMicros">What the party is owed and not yet paid at the close (pending + available + in payout − receivable).</param>
/// <param name="MicrosPerMinor">Micros in one minor unit of the settlement currency.</param>
public sealed record Statement(
    string PartyId,
    StatementPeriod Period,
    long OpeningMicros,
    long ClosingMicros,
    IReadOnlyList<StatementLine> Lines,
    IReadOnlyList<StatementPayout> Payouts,
    long UnpaidClosingMicros,
    long MicrosPerMinor = 10_000)
{
    /// <summary>The number of lines.</summary>
    public int LineCount => Lines.Count;

    /// <summary>The sum of the lines; equals closing − opening.</summary>
    public long SumMicros => Lines.Aggregate(0L, (sum, line) => checked(sum + line.AmountMicros));

    /// <summary>The sum of the month's payouts.</summary>
    public long PaidOutMicros => Payouts.Aggregate(0L, (sum, payout) => checked(sum + payout.AmountMicros));

    /// <summary>
    /// The fraction of a minor unit in the unpaid closing balance: payouts move whole cents, so this
    /// rest is brought forward to the next period rather than rounded away (DESIGN 2.1).
    /// </summary>
    public long SubCentCarriedMicros => UnpaidClosingMicros % MicrosPerMinor;
}
