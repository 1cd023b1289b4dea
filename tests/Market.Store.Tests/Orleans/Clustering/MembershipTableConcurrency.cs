using Orleans;
using Orleans.Runtime;

namespace Market.Store.Tests.Orleans.Clustering;

/// <summary>Writers racing on one table version: exactly one wins, and heartbeats never make one lose.</summary>
public sealed class MembershipTableConcurrency(MartenFixture fixture) : IClassFixture<MartenFixture>
{
    [Fact]
    public async Task Of_16_parallel_inserts_and_updates_with_the_same_version_exactly_one_wins_each_round()
    {
        var table = fixture.Store.NewTable();
        var watched = TestSilos.NewEntry();
        await table.InsertAsync(watched);

        for (var round = 0; round < 25; round++)
        {
            var data = await table.ReadAllAsync();
            var etag = data.TryGet(watched.SiloAddress).ShouldNotBeNull().Item2;
            var next = data.Version.Next();
            var attempts = Enumerable.Range(0, 16).Select(i => i % 2 == 0
                ? table.InsertRowAsync(TestSilos.NewEntry(), next)
                : table.UpdateRowAsync(Suspected(watched, i), etag, next));

            var outcomes = await Task.WhenAll(attempts);

            outcomes.Count(won => won).ShouldBe(1, $"round {round}");
            (await table.ReadAllAsync()).Version.Version.ShouldBe(next.Version);
        }
    }

    [Fact]
    public async Task Heartbeats_racing_an_update_never_make_it_fail()
    {
        var table = fixture.Store.NewTable();
        var updated = TestSilos.NewEntry();
        var others = Enumerable.Range(0, 3).Select(_ => TestSilos.NewEntry()).ToList();
        foreach (var entry in others.Prepend(updated))
        {
            await table.InsertAsync(entry);
        }

        for (var round = 0; round < 10; round++)
        {
            var data = await table.ReadAllAsync();
            var heartbeats = others.Prepend(updated).SelectMany(entry => Enumerable.Range(1, 3).Select(beat =>
                table.UpdateIAmAliveAsync(new MembershipEntry
                {
                    SiloAddress = entry.SiloAddress,
                    IAmAliveTime = DateTime.UtcNow.AddMilliseconds(beat),
                })));
            var update = table.UpdateRowAsync(
                Suspected(updated, round), data.TryGet(updated.SiloAddress)!.Item2, data.Version.Next());

            await Task.WhenAll(heartbeats);
            (await update).ShouldBeTrue($"round {round}");
        }
    }

    [Fact]
    public async Task Parallel_updaters_that_reread_after_losing_each_get_through_once()
    {
        var table = fixture.Store.NewTable();
        var entry = TestSilos.NewEntry();
        var inserted = await table.InsertAsync(entry);

        await Task.WhenAll(Enumerable.Range(1, 19).Select(async _ =>
        {
            while (true)
            {
                var data = await table.ReadAllAsync();
                var (row, etag) = data.TryGet(entry.SiloAddress).ShouldNotBeNull();
                if (await table.UpdateRowAsync(row, etag, data.Version.Next()))
                {
                    return;
                }
            }
        }));

        var after = await table.ReadAllAsync();
        after.Version.Version.ShouldBe(inserted.Version.Version + 19);
        after.Members.ShouldHaveSingleItem();
    }

    // A copy of the entry that differs visibly, as a silo's vote against it would.
    private static MembershipEntry Suspected(MembershipEntry entry, int voter) => new()
    {
        SiloAddress = entry.SiloAddress,
        Status = entry.Status,
        HostName = entry.HostName,
        SiloName = entry.SiloName,
        ProxyPort = entry.ProxyPort,
        StartTime = entry.StartTime,
        IAmAliveTime = entry.IAmAliveTime,
        SuspectTimes = [Tuple.Create(TestSilos.NewAddress(), entry.StartTime.AddSeconds(voter))],
    };
}
