using Orleans;
using Orleans.Runtime;

namespace Market.Store.Tests.Orleans.Clustering;

/// <summary>A heartbeat records the time and nothing else, so it invalidates nobody's next update.</summary>
public sealed class MembershipTableUpdateIAmAlive(MartenFixture fixture) : IClassFixture<MartenFixture>
{
    [Fact]
    public async Task A_heartbeat_changes_only_the_IAmAlive_time()
    {
        var table = fixture.Store.NewTable();
        var entry = TestSilos.NewEntry();
        var before = await table.InsertAsync(entry);
        var alive = entry.IAmAliveTime.AddSeconds(5);

        // Only address and time, as the silo's heartbeat timer sends it.
        await table.UpdateIAmAliveAsync(new MembershipEntry { SiloAddress = entry.SiloAddress, IAmAliveTime = alive });
        var after = await table.ReadAllAsync();

        after.Version.ShouldBe(before.Version);
        var (row, etag) = after.Members.ShouldHaveSingleItem();
        etag.ShouldBe(before.Members[0].Item2);
        row.IAmAliveTime.ShouldBe(alive);
        entry.IAmAliveTime = alive;
        row.ShouldMatch(entry);
    }

    [Fact]
    public async Task An_update_prepared_before_a_heartbeat_still_succeeds()
    {
        var table = fixture.Store.NewTable();
        var entry = TestSilos.NewEntry();
        var before = await table.InsertAsync(entry);

        var heartbeat = new MembershipEntry { SiloAddress = entry.SiloAddress, IAmAliveTime = DateTime.UtcNow.AddSeconds(5) };
        await table.UpdateIAmAliveAsync(heartbeat);
        entry.Status = SiloStatus.Active;

        (await table.UpdateRowAsync(entry, before.Members[0].Item2, before.Version.Next())).ShouldBeTrue();
        (await table.ReadAllAsync()).Members.ShouldHaveSingleItem().Item1.Status.ShouldBe(SiloStatus.Active);
    }

    [Fact]
    public async Task A_heartbeat_of_a_silo_not_in_the_table_adds_nothing()
    {
        var table = fixture.Store.NewTable();
        var before = await table.InsertAsync(TestSilos.NewEntry());

        await table.UpdateIAmAliveAsync(TestSilos.NewEntry());

        (await table.ReadAllAsync()).Members.Count.ShouldBe(before.Members.Count);
    }
}
