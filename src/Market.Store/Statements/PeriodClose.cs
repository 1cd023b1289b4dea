using Market.Domain.Statements;

namespace Market.Store.Statements;

/// <summary>
/// A party's closed month as booking sees it: the month's end and the database snapshot taken when it
/// closed. A posting that snapshot did not see arrived late and is booked at <see cref="End"/> (the next
/// month's first instant) or later, keeping its own date; the closed month never changes.
/// </summary>
/// <param name="End">The first instant after the closed month.</param>
/// <param name="Snapshot">The <c>pg_snapshot</c> text of <see cref="ClosedStatement.Snapshot"/>.</param>
public sealed record PeriodClose(DateTimeOffset End, string Snapshot)
{
    /// <summary>The closes of <paramref name="records"/> that booking can use (records closed before snapshots were kept have none).</summary>
    /// <exception cref="FormatException">A record whose period is not <c>yyyy-MM</c>.</exception>
    public static IReadOnlyList<PeriodClose> Of(IEnumerable<ClosedStatement> records) =>
        [.. records.Where(r => r.Snapshot is not null).Select(r => new PeriodClose(EndOf(r.Period), r.Snapshot!))];

    private static DateTimeOffset EndOf(string period) =>
        StatementPeriod.TryParse(period, out var parsed) ? parsed.End : throw new FormatException($"A closed statement's period '{period}' is not yyyy-MM.");
}
