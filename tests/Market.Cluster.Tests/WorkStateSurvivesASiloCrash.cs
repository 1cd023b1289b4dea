using Market.Cluster.Tests.Cluster;
using Xunit.Abstractions;

namespace Market.Cluster.Tests;

/// <summary>
/// A silo killed outright says nothing to the cluster: once failure detection declares it dead, its
/// grains come back on the other silo from their stored state.
/// </summary>
public sealed class WorkStateSurvivesASiloCrash(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TwoSiloCluster _cluster = new();

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task A_work_answers_from_the_other_silo_with_its_state_after_its_silo_is_killed()
    {
        var failover = await SiloFailover.StopTheSiloOfAWorkAsync(_cluster, silo => silo.KillAsync());

        await failover.ShouldHaveMovedTheWorkWithItsStateAsync();
        output.WriteLine(failover.ToString());
    }
}
