using Market.Cluster.Tests.Cluster;
using Xunit.Abstractions;

namespace Market.Cluster.Tests;

/// <summary>A silo stopped with SIGTERM hands its grains over: they come back on the other silo with their state.</summary>
public sealed class WorkStateSurvivesAGracefulSiloStop(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TwoSiloCluster _cluster = new();

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task A_work_answers_from_the_other_silo_with_its_state_after_its_silo_is_terminated()
    {
        var failover = await SiloFailover.StopTheSiloOfAWorkAsync(_cluster, silo => silo.TerminateAsync());

        await failover.ShouldHaveMovedTheWorkWithItsStateAsync();
        output.WriteLine(failover.ToString());
    }
}
