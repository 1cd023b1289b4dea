using Marten;
using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Royalties;
using Market.Domain.Statements;
using Market.Store.Ledger;
using Market.Store.Statements;
using Market.Web.Reports;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Reports;

/// <summary>The public transparency report reads an ended month's ledger once; the open month at most once per cache period.</summary>
public sealed class TransparencyIsComputedOncePerEndedMonth(MarketApp app) : IClassFixture<MarketApp>
{
    private static readonly StatementPeriod Ended = new(2004, 2);

    [Fact]
    public async Task AnEndedMonthIsStoredOnceAndLaterLedgerReadsDoNotChangeIt()
    {
        var ledger = app.Services.GetRequiredService<LedgerStore>();
        await ledger.PostAsync(Sale(Ended.Start.AddDays(9)));
        var reports = app.Services.GetRequiredService<TransparencyReports>();

        var first = await reports.OfAsync(Ended, CancellationToken.None);
        await ledger.PostAsync(Sale(Ended.Start.AddDays(10)));
        var again = await reports.OfAsync(Ended, CancellationToken.None);
        // Another node, with nothing in memory, reads the stored figures.
        using var emptyCache = new MemoryCache(new MemoryCacheOptions());
        var elsewhere = await new TransparencyReports(
            app.Services.GetRequiredService<StatementLedger>(), app.Services.GetRequiredService<IDocumentStore>(), emptyCache, TimeProvider.System)
            .OfAsync(Ended, CancellationToken.None);

        first.Sales.ShouldBe(1);
        first.Flow.GrossMicros.ShouldBe(10_000_000);
        again.Sales.ShouldBe(1);
        elsewhere.Sales.ShouldBe(1);
        elsewhere.Flow.ShouldBe(first.Flow);
    }

    [Fact]
    public async Task TheOpenMonthIsServedFromMemoryWithinItsCachePeriod()
    {
        var open = StatementPeriod.Containing(DateTimeOffset.UtcNow);
        var reports = app.Services.GetRequiredService<TransparencyReports>();

        var first = await reports.OfAsync(open, CancellationToken.None);
        await app.Services.GetRequiredService<LedgerStore>().PostAsync(Sale(DateTimeOffset.UtcNow));

        (await reports.OfAsync(open, CancellationToken.None)).ShouldBeSameAs(first);
    }

    // A $10.00 sale without fee: $1.00 commission, $9.00 to one creator.
    private static LedgerTransaction Sale(DateTimeOffset at)
    {
        var work = new WorkId($"w{Guid.NewGuid():N}");
        var path = RoyaltyPath.Of([PathStep.Parse($"work:{work}")]);
        var split = new SaleSplit(work, 1000, 0, 10_000_000, 1_000_000,
        [
            new RoyaltyPart(RoyaltyRole.Platform, null, null, path, 1_000_000),
            new RoyaltyPart(RoyaltyRole.Owner, new PartyId($"p{Guid.NewGuid():N}"), null, path, 9_000_000),
        ]);
        return LedgerTransactions.Sale(split, $"transparency-test:{work}", at);
    }
}
