using System.Collections.Concurrent;
using Marten;
using Market.Cluster.Tests.Cluster;
using Market.Contracts.Orders;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain.Catalog;
using Market.Domain.Parties;
using Market.Store.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Market.Cluster.Tests;

/// <summary>
/// Orders being fulfilled (ledger postings, licenses) while one of the two silos is killed outright:
/// the payment's sender retries what failed, as Stripe retries a webhook, and every order ends paid once.
/// </summary>
public sealed class PaidOrdersSurviveASiloCrash(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Orders = 24;
    private const long PriceMinor = 1_500;
    private const long FeeMinor = 74;   // 2.9 % + 30¢ of $15.00, rounded half up
    private readonly TwoSiloCluster _cluster = new();

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task Every_order_paid_while_a_silo_is_killed_is_fulfilled_once()
    {
        var grains = _cluster.Client;
        var run = Guid.NewGuid().ToString("N")[..8];
        var (artistId, buyerId) = ($"artist-{run}", $"buyer-{run}");
        await grains.GetGrain<IPartyGrain>(artistId).Register(new RegisterParty("Artist", "artist@example.com", [Roles.Artist], ApiKeyHash: null, UserId: null));
        await grains.GetGrain<IPartyGrain>(buyerId).Register(new RegisterParty("Buyer", "buyer@example.com", [Roles.Buyer], ApiKeyHash: null, UserId: null));
        // Owned outright by the artist, as the API registers a work with no split sheet.
        var works = await Task.WhenAll(Enumerable.Range(1, Orders).Select(i => grains.GetGrain<IWorkGrain>($"work-{run}-{i}").Register(new RegisterWork(
            artistId, $"Study {i}", "", "illustration", [], [new WorkOffer("personal", PriceMinor)], WorkConsent.From(Consent.None), [], [new WorkShare(artistId, 1_000_000)], null))));
        var orders = works.Select((work, i) => (Grain: grains.GetGrain<IOrderGrain>($"order-{run}-{i}"), Work: work)).ToList();
        await Task.WhenAll(orders.Select(o => o.Grain.Place(new PlaceOrder(buyerId, [new OrderLine("line-1", o.Work.Id, o.Work.Title, "personal", PriceMinor)]))));

        var acknowledged = new ConcurrentDictionary<string, bool>();
        var failures = 0;
        var killedAfter = -1;
        var kill = Task.Run(async () =>
        {
            while (acknowledged.Count < orders.Count / 4) await Task.Delay(5);
            killedAfter = acknowledged.Count;
            await _cluster.Silos[0].KillAsync();
        });
        using var lanes = new SemaphoreSlim(4);
        var payments = orders.Select(async order =>
        {
            await lanes.WaitAsync();
            try
            {
                while (!await PaidAsync(order.Grain))
                {
                    Interlocked.Increment(ref failures);
                    await Task.Delay(250);
                }

                acknowledged[order.Grain.GetPrimaryKeyString()] = true;
            }
            finally
            {
                lanes.Release();
            }
        });
        try
        {
            await Task.WhenAll(payments.Append(kill)).WaitAsync(TimeSpan.FromSeconds(50));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{acknowledged.Count} of {orders.Count} paid in 50 s; first failure: {_firstFailure}\n{_cluster.Describe()}");
        }

        output.WriteLine($"first failure: {_firstFailure}");
        output.WriteLine($"silo killed after {killedAfter} of {orders.Count} orders were paid; {failures} calls failed and were retried");

        killedAfter.ShouldBeLessThan(orders.Count, "the kill missed the burst");
        await EachOrderIsPaidOnceAsync(orders.Select(o => o.Grain).ToList());
        // A late retry of every payment changes nothing.
        foreach (var order in orders) (await PaidAsync(order.Grain)).ShouldBeTrue();
        await EachOrderIsPaidOnceAsync(orders.Select(o => o.Grain).ToList());
    }

    private string? _firstFailure;

    private async Task<bool> PaidAsync(IOrderGrain order)
    {
        var id = order.GetPrimaryKeyString();
        try
        {
            var paid = await order.MarkPaid(new OrderPayment($"evt_{id}", $"cs_{id}", $"pi_{id}", PriceMinor, FeeMinor, DateTimeOffset.UtcNow));
            return paid.Status == OrderStatus.Paid;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A call to the dead silo times out or is rejected until the cluster declares it dead.
            _firstFailure ??= e.GetType().Name + ": " + e.Message;
            return false;
        }
    }

    private async Task EachOrderIsPaidOnceAsync(List<IOrderGrain> orders)
    {
        foreach (var order in orders)
        {
            var view = (await order.Get())!;
            view.Status.ShouldBe(OrderStatus.Paid, view.Id);
            view.LicenseIds!.Count.ShouldBe(1, view.Id);
        }

        // One balanced sale transaction per order, and Σ debits = Σ credits over the whole ledger.
        var report = await new LedgerInvariants(_cluster.ClientServices.GetRequiredService<IDocumentStore>()).CheckAsync();
        report.Ok.ShouldBeTrue(string.Join("\n", report.Violations));
        report.Transactions.ShouldBe(orders.Count);
    }
}
