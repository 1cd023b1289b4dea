using System.Diagnostics;
using Marten;
using Market.Cluster.Tests.Catalog;
using Market.Cluster.Tests.Cluster;
using Market.Contracts.Orders;
using Market.Contracts.Parties;
using Market.Domain.Parties;
using Market.Store.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Market.Cluster.Tests;

/// <summary>
/// Every grain-to-grain call chain at once, across two silos: work → party (<c>AddWork</c>, <c>Get</c>),
/// order → work and party (<c>Get</c>, <c>OrderSettled</c>), a party buying its own work (the order calls
/// the same party as artist and buyer), while the parties are read. Party grains call no grain, so no
/// chain can come back to a grain waiting on it: everything completes within a bound, correctly.
/// </summary>
public sealed class GrainCallChainsUnderLoad(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Works = 24;
    private const int SelfPurchases = 4;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly TwoSiloCluster _cluster = new();

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task Concurrent_registrations_purchases_and_reads_through_one_artist_all_complete()
    {
        var grains = _cluster.Client;
        var run = Guid.NewGuid().ToString("N")[..8];
        var (artistId, buyerId) = ($"artist-{run}", $"buyer-{run}");
        var artist = grains.GetGrain<IPartyGrain>(artistId);
        var buyer = grains.GetGrain<IPartyGrain>(buyerId);
        await artist.Register(new RegisterParty("Artist", "artist@example.com", [Roles.Artist, Roles.Buyer], ApiKeyHash: null, UserId: null));
        await buyer.Register(new RegisterParty("Buyer", "buyer@example.com", [Roles.Buyer], ApiKeyHash: null, UserId: null));

        var clock = Stopwatch.StartNew();
        using var reading = new CancellationTokenSource();
        var reads = Task.WhenAll(ReadUntilCancelledAsync(artist, reading.Token), ReadUntilCancelledAsync(buyer, reading.Token));
        // Each work registers through the artist (AddWork, Get) and is then bought at once: the order
        // reads the work and both parties and settles into the buyer, while other works still register.
        var sales = Enumerable.Range(1, Works).Select(async i =>
        {
            var work = await SampleSales.RegisterWorkAsync(grains, $"work-{run}-{i}", artistId, $"Study {i}");
            var payer = i <= SelfPurchases ? artistId : buyerId;
            return await SampleSales.BuyAsync(grains.GetGrain<IOrderGrain>($"order-{run}-{i}"), payer, work);
        }).ToList();
        var orders = await Task.WhenAll(sales).WaitAsync(Bound);
        var elapsed = clock.Elapsed;
        await reading.CancelAsync();
        var readCount = await reads;
        output.WriteLine($"{Works} works registered and bought ({SelfPurchases} by their artist) in {elapsed.TotalMilliseconds:F0} ms, {readCount.Sum()} party reads alongside");

        orders.ShouldAllBe(order => order.Status == OrderStatus.Paid && order.LicenseIds!.Count == 1);
        (await artist.Get())!.WorkIds.Count.ShouldBe(Works);
        var report = await new LedgerInvariants(_cluster.ClientServices.GetRequiredService<IDocumentStore>()).CheckAsync();
        report.Ok.ShouldBeTrue(string.Join("\n", report.Violations));
        report.Transactions.ShouldBe(Works);
    }

    private static async Task<int> ReadUntilCancelledAsync(IPartyGrain party, CancellationToken stop)
    {
        var reads = 0;
        while (!stop.IsCancellationRequested)
        {
            (await party.Get()).ShouldNotBeNull();
            reads++;
        }

        return reads;
    }
}
