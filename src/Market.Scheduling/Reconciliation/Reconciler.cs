using System.Globalization;
using Marten;
using Market.Domain.Money;
using Market.Payments;
using Market.Payments.Reconciliation;
using Market.Store.Ledger;

namespace Market.Scheduling.Reconciliation;

/// <summary>
/// Reconciles the platform's cash in the ledger against Stripe's balance (DESIGN 2.3) one UTC day at
/// a time, and stores the report. A figure that cannot be obtained is reported as missing, with why.
/// </summary>
public sealed class Reconciler(LedgerStore ledger, IBalanceActivitySource stripe, IDocumentStore store, TimeProvider time)
{
    /// <summary>Reconciles <paramref name="day"/> and stores the report, replacing any earlier one.</summary>
    public async Task<ReconciliationReport> ReconcileAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = from.AddDays(1);
        var expected = LedgerCash.ByKind(await ledger.CashMovementsAsync(from, to, cancellationToken));
        BalanceActivity actual;
        try
        {
            actual = await stripe.ForPeriodAsync(from, to, cancellationToken);
        }
        catch (PaymentException e)
        {
            actual = new BalanceActivity("Stripe (unreachable)", new Dictionary<string, long>(), BalanceKinds.All.ToDictionary(k => k, _ => e.Message));
        }

        var report = new ReconciliationReport
        {
            Id = IdOf(day),
            ComputedAt = time.GetUtcNow(),
            Source = actual.Source,
            Lines = [.. BalanceKinds.All.Select(kind => LineOf(kind, expected[kind], actual))],
        };
        await using var session = store.LightweightSession();
        session.Store(report);
        await session.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>The stored reports of the latest <paramref name="count"/> days reconciled, newest first.</summary>
    public async Task<IReadOnlyList<ReconciliationReport>> LatestAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var session = store.QuerySession();
        return await session.Query<ReconciliationReport>().OrderByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);
    }

    /// <summary>The report's id for <paramref name="day"/>.</summary>
    public static string IdOf(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ReconciliationLine LineOf(string kind, long expectedMicros, BalanceActivity actual)
    {
        if (actual.Unavailable.TryGetValue(kind, out var why))
        {
            return new ReconciliationLine(kind, expectedMicros, null, null, why);
        }

        var actualMicros = Micros.FromMinor(actual.Minor.GetValueOrDefault(kind));
        return new ReconciliationLine(kind, expectedMicros, actualMicros, checked(actualMicros - expectedMicros), null);
    }
}
