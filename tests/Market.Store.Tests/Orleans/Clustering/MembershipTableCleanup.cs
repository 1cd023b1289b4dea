using Orleans.Runtime;

namespace Market.Store.Tests.Orleans.Clustering;

/// <summary>Dead silos long gone are cleaned up; deleting a cluster's entries empties its table.</summary>
public sealed class MembershipTableCleanup(MartenFixture fixture) : IClassFixture<MartenFixture>
{
    [Fact]
    public async Task Cleanup_removes_only_dead_silos_last_heard_of_before_the_date()
    {
        var table = fixture.Store.NewTable();
        var statuses = Enum.GetValues<SiloStatus>().Where(status => status != SiloStatus.None).ToList();
        foreach (var status in statuses)
        {
            await table.InsertAsync(TestSilos.NewEntry(status, ageInDays: 10));
            await table.InsertAsync(TestSilos.NewEntry(status));
        }

        var before = await table.ReadAllAsync();
        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddDays(-7));
        var after = await table.ReadAllAsync();

        after.Members.Count.ShouldBe(before.Members.Count - 1);
        var dead = after.Members.Where(row => row.Item1.Status == SiloStatus.Dead).ShouldHaveSingleItem();
        dead.Item1.IAmAliveTime.ShouldBeGreaterThan(DateTime.UtcNow.AddDays(-1));
        after.Version.ShouldBe(before.Version);
    }

    [Fact]
    public async Task Cleanup_keeps_a_dead_silo_whose_death_was_voted_recently()
    {
        var table = fixture.Store.NewTable();
        var entry = TestSilos.NewEntry(SiloStatus.Dead, ageInDays: 10);
        entry.SuspectTimes = [Tuple.Create(TestSilos.NewAddress(), DateTime.UtcNow)];
        await table.InsertAsync(entry);

        await table.CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddDays(-7));

        (await table.ReadAllAsync()).Members.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Deleting_the_entries_empties_the_table_and_voids_earlier_reads()
    {
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        var table = fixture.Store.TableOf(clusterId);
        var entry = TestSilos.NewEntry();
        var earlier = await table.InsertAsync(entry);

        await table.DeleteMembershipTableEntriesAsync(clusterId);
        var after = await table.ReadAllAsync();

        after.Members.ShouldBeEmpty();
        after.Version.Version.ShouldBe(0);
        (await table.UpdateRowAsync(entry, earlier.Members[0].Item2, earlier.Version.Next())).ShouldBeFalse();
        (await table.ReadAllAsync()).Members.ShouldBeEmpty();
    }
}
