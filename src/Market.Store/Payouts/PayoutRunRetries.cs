using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Store.Payouts;

/// <summary>
/// The runs to resume later, and when. A run's own state is Orleans' binary grain state, which no query
/// can read; this small table is what the scheduler's resume job asks instead. A run adds itself before
/// it records a waiting party and removes itself once completed, so a crash between the two leaves at
/// worst a run resumed once more, which finds nothing left to do.
/// </summary>
public sealed class PayoutRunRetries(IDocumentStore store)
{
    /// <summary>Adds <see cref="PayoutRunRetry"/> to Marten's schema (idempotent per container).</summary>
    public static void Register(IServiceCollection services)
    {
        services.ConfigureMarten(marten => marten.Schema.For<PayoutRunRetry>().DocumentAlias("payout_run_retry").Index(r => r.DueAt));
        services.AddSingleton<PayoutRunRetries>();
    }

    /// <summary>Resume <paramref name="runId"/> at <paramref name="dueAt"/> (replacing any earlier time).</summary>
    public async Task ScheduleAsync(string runId, DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        // PostgreSQL keeps microseconds and rounds the rest, which could put a run due at exactly
        // "now" a fraction of a microsecond later than now; cut to the microsecond instead.
        session.Store(new PayoutRunRetry { Id = runId, DueAt = dueAt.AddTicks(-(dueAt.UtcTicks % TimeSpan.TicksPerMicrosecond)) });
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Nothing more to resume for <paramref name="runId"/>.</summary>
    public async Task ClearAsync(string runId, CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        session.Delete<PayoutRunRetry>(runId);
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The runs due at <paramref name="now"/>, earliest first.</summary>
    public async Task<IReadOnlyList<string>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var query = store.QuerySession();
        return await query.Query<PayoutRunRetry>().Where(r => r.DueAt <= now).OrderBy(r => r.DueAt).Select(r => r.Id).ToListAsync(cancellationToken);
    }
}
