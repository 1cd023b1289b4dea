using JasperFx;
using Marten;
using Market.Domain.Ledger;
using Market.Domain.Reports;
using Market.Domain.Statements;
using Market.Store.Statements;
using Microsoft.Extensions.Caching.Memory;

namespace Market.Web.Reports;

/// <summary>
/// The transparency report's figures: an ended month is computed once and stored (every node then
/// reads the stored figures, kept in memory after the first read); the open month is computed at most
/// once per <see cref="OpenMonthFor"/> per node. Events dated in an ended month that arrive after its
/// figures were stored are not added to them (statements book them into the open month).
/// </summary>
public sealed class TransparencyReports(StatementLedger ledger, IDocumentStore store, IMemoryCache cache, TimeProvider time)
{
    /// <summary>How long the open month's figures are served before they are computed again.</summary>
    public static readonly TimeSpan OpenMonthFor = TimeSpan.FromSeconds(30);

    /// <summary>The figures of <paramref name="period"/>.</summary>
    public async Task<TransparencyFigures> OfAsync(StatementPeriod period, CancellationToken cancellationToken)
    {
        var key = $"transparency:{period}";
        if (cache.TryGetValue(key, out TransparencyFigures? known) && known is not null) return known;
        var ended = period.End <= time.GetUtcNow();
        var figures = ended ? await StoredAsync(period, cancellationToken) : await ComputeAsync(period, cancellationToken);
        return cache.Set(key, figures, ended ? new MemoryCacheEntryOptions() : new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = OpenMonthFor });
    }

    private async Task<TransparencyFigures> StoredAsync(StatementPeriod period, CancellationToken cancellationToken)
    {
        await using (var query = store.QuerySession())
        {
            if (await query.LoadAsync<TransparencyFigures>(period.ToString(), cancellationToken) is { } stored) return stored;
        }

        var figures = await ComputeAsync(period, cancellationToken);
        try
        {
            await using var session = store.LightweightSession();
            session.Insert(figures);
            await session.SaveChangesAsync(cancellationToken);
            return figures;
        }
        catch (DocumentAlreadyExistsException)
        {
            // Another node stored the month first: its figures are the ones every reader gets.
            await using var query = store.QuerySession();
            return await query.LoadAsync<TransparencyFigures>(period.ToString(), cancellationToken) ?? figures;
        }
    }

    private async Task<TransparencyFigures> ComputeAsync(StatementPeriod period, CancellationToken cancellationToken)
    {
        var transactions = await ledger.AllTransactionsAsync(period.Start, period.End, cancellationToken);
        return new TransparencyFigures
        {
            Id = period.ToString(),
            Flow = MoneyFlow.Of(transactions),
            Sales = transactions.Count(t => t.Kind == LedgerTransactionKind.Sale),
            PaidContributors = MoneyFlow.PaidContributors(transactions).Count,
            ComputedAt = time.GetUtcNow(),
        };
    }
}
