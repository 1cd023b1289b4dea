using System.Collections.Concurrent;
using Market.Cluster.Tests.Catalog;
using Market.Contracts.Orders;

namespace Market.Cluster.Tests.Cluster;

/// <summary>
/// Registrations and paid orders flowing through the client until stopped: each round registers an
/// artist with two works, then places and pays an order for each (fulfilment allocates it into the
/// ledger and issues the license). A round that throws is tried again, at most
/// <see cref="Attempts"/> times (a call can land on a silo whose view of the cluster is a moment old);
/// a round that still fails is a failure.
/// </summary>
public sealed class SteadyLoad(IClusterClient client, int workers)
{
    /// <summary>Tries per round before it counts as failed.</summary>
    public const int Attempts = 3;

    private readonly ConcurrentBag<RegisteredWork> _works = [];
    private readonly ConcurrentBag<string> _failures = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;
    private int _retries;
    private int _orders;

    /// <summary>Works registered so far.</summary>
    public IReadOnlyCollection<RegisteredWork> Works => _works;

    /// <summary>Orders paid so far.</summary>
    public int PaidOrders => _orders;

    /// <summary>Rounds that failed every attempt, with their last error.</summary>
    public IReadOnlyCollection<string> Failures => _failures;

    /// <summary>Attempts that failed and were tried again.</summary>
    public int Retries => _retries;

    /// <summary>Starts the workers.</summary>
    public void Start() => _running = Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)));

    /// <summary>Stops them after their current round.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await (_running ?? Task.CompletedTask);
    }

    private async Task WorkAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            for (var attempt = 1; ; attempt++)
            {
#pragma warning disable CA1031 // Any failure is what the test counts: retried while attempts remain, then reported.
                try
                {
                    await RoundAsync();
                    break;
                }
                catch (Exception) when (attempt < Attempts)
                {
                    Interlocked.Increment(ref _retries);
                }
                catch (Exception e)
                {
                    _failures.Add(e.ToString());
                    break;
                }
#pragma warning restore CA1031
            }
        }
    }

    private async Task RoundAsync()
    {
        foreach (var work in await SampleCatalog.RegisterAsync(client, artists: 1, worksPerArtist: 2))
        {
            _works.Add(work);
            var offer = work.View.Offers[0];
            var order = client.GetGrain<IOrderGrain>($"o_{Guid.NewGuid():N}");
            await order.Place(new PlaceOrder("buyer-steady", [new OrderLine("l1", work.View.Id, work.View.Title, offer.Tier, offer.PriceMinor)]));
            var id = order.GetPrimaryKeyString();
            var paid = await order.MarkPaid(new OrderPayment($"evt_{id}", $"cs_{id}", $"pi_{id}", offer.PriceMinor, 74, DateTimeOffset.UtcNow));
            if (paid.Status != OrderStatus.Paid) throw new InvalidOperationException($"Order {id} is {paid.Status} after payment.");
            Interlocked.Increment(ref _orders);
        }
    }
}
