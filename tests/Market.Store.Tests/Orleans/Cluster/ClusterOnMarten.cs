using Marten;
using Market.Store.Orleans.Storage;
using Market.Store.Tests.Orleans.Clustering;
using Orleans;
using Orleans.Runtime;

namespace Market.Store.Tests.Orleans.Cluster;

/// <summary>Silos form a cluster through the Marten membership table and keep grain state in Marten.</summary>
public sealed class ClusterOnMarten(MartenClusterFixture fixture) : IClassFixture<MartenClusterFixture>
{
    [Fact]
    public async Task Two_silos_join_one_cluster_through_the_marten_table()
    {
        var hosts = await fixture.Cluster.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);

        hosts.Count.ShouldBe(2);
        var table = await fixture.Store.TableOf(fixture.Cluster.Options.ClusterId).ReadAllAsync();
        table.Members.Count(row => row.Item1.Status == SiloStatus.Active).ShouldBe(2);
    }

    [Fact]
    public async Task A_grain_keeps_its_state_across_deactivation()
    {
        var key = Guid.NewGuid().ToString("N");
        var counter = fixture.Cluster.Client.GetGrain<ICounterGrain>(key);
        await counter.Increment();
        await counter.Increment();
        var first = await counter.Activation();

        await counter.Deactivate();

        (await counter.Count()).ShouldBe(2);
        (await counter.Activation()).ShouldNotBe(first);
        (await counter.Increment()).ShouldBe(3);
        await using var session = fixture.Store.QuerySession();
        (await session.Query<GrainStateDocument>().CountAsync(document => document.Id.EndsWith(key))).ShouldBe(1);
    }
}
