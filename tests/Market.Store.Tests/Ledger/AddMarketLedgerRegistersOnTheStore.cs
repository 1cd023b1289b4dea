using Marten;
using Market.Store.Ledger;
using Market.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Store.Tests.Ledger;

public sealed class AddMarketLedgerRegistersOnTheStore
{
    [Fact]
    public async Task Called_twice_after_AddMarketStore_it_gives_a_working_ledger_in_the_store_schema()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("ledger_di");
        var services = new ServiceCollection()
            .AddMarketStore(new MarketStoreOptions { ConnectionString = database.ConnectionString })
            .AddMarketLedger()
            .AddMarketLedger();
        await using var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var example = new WorkedExample();
        await provider.GetRequiredService<LedgerStore>().PostAsync(example.Sale());

        (await provider.GetRequiredService<LedgerStore>().BalanceAsync(example.Creator)).PendingMicros.ShouldBe(6_500_800);
        (await provider.GetRequiredService<LedgerInvariants>().CheckAsync()).Ok.ShouldBeTrue();
        var tables = await store.Storage.Database.SchemaTables();
        tables.Select(t => t.QualifiedName).ShouldContain("market.ledger_postings");
        tables.Select(t => t.QualifiedName).ShouldContain("market.ledger_transactions");
    }

    [Fact]
    public async Task A_second_start_finds_the_schema_exactly_as_configured()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("ledger_schema");
        await using (var first = new ServiceCollection().AddMarketStore(new MarketStoreOptions { ConnectionString = database.ConnectionString }).AddMarketLedger().BuildServiceProvider())
        {
            await first.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        }

        await using var second = new ServiceCollection().AddMarketStore(new MarketStoreOptions { ConnectionString = database.ConnectionString }).AddMarketLedger().BuildServiceProvider();

        await second.GetRequiredService<IDocumentStore>().Storage.Database.AssertDatabaseMatchesConfigurationAsync();
    }
}
