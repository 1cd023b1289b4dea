using Orleans.Runtime;

namespace Market.Store.Tests.Orleans.Clustering;

/// <summary>A row changes only with its current etag and the successor of the current table version.</summary>
public sealed class MembershipTableUpdateRow(MartenFixture fixture) : IClassFixture<MartenFixture>
{
    [Fact]
    public async Task Updating_with_the_row_etag_and_next_version_replaces_the_row()
    {
        var table = fixture.Store.NewTable();
        var entry = TestSilos.NewEntry();
        var data = await table.InsertAsync(entry);
        var etag = data.TryGet(entry.SiloAddress).ShouldNotBeNull().Item2;
        entry.Status = SiloStatus.Active;
        entry.SuspectTimes = [Tuple.Create(TestSilos.NewAddress(), entry.StartTime.AddSeconds(2))];

        (await table.UpdateRowAsync(entry, etag, data.Version.Next())).ShouldBeTrue();
        var after = await table.ReadAllAsync();

        after.Version.Version.ShouldBe(data.Version.Version + 1);
        var (row, newEtag) = after.TryGet(entry.SiloAddress).ShouldNotBeNull();
        row.ShouldMatch(entry);
        newEtag.ShouldNotBe(etag);
    }

    [Fact]
    public async Task Updating_with_the_current_instead_of_the_next_version_returns_false()
    {
        var table = fixture.Store.NewTable();
        var entry = TestSilos.NewEntry();
        var data = await table.InsertAsync(entry);

        (await table.UpdateRowAsync(entry, data.TryGet(entry.SiloAddress)!.Item2, data.Version)).ShouldBeFalse();
        (await table.ReadAllAsync()).Version.ShouldBe(data.Version);
    }

    [Fact]
    public async Task Updating_with_an_old_row_etag_returns_false_even_with_the_next_version()
    {
        var table = fixture.Store.NewTable();
        var entry = TestSilos.NewEntry();
        var data = await table.InsertAsync(entry);
        var oldEtag = data.TryGet(entry.SiloAddress)!.Item2;
        (await table.UpdateRowAsync(entry, oldEtag, data.Version.Next())).ShouldBeTrue();
        var current = await table.ReadAllAsync();

        entry.Status = SiloStatus.Dead;
        (await table.UpdateRowAsync(entry, oldEtag, current.Version.Next())).ShouldBeFalse();
        var after = await table.ReadAllAsync();

        after.Version.ShouldBe(current.Version);
        after.TryGet(entry.SiloAddress)!.Item1.Status.ShouldBe(SiloStatus.Joining);
    }

    [Fact]
    public async Task Updating_a_silo_not_in_the_table_returns_false()
    {
        var table = fixture.Store.NewTable();
        var data = await table.InsertAsync(TestSilos.NewEntry());

        (await table.UpdateRowAsync(TestSilos.NewEntry(), data.Members[0].Item2, data.Version.Next())).ShouldBeFalse();
        (await table.ReadAllAsync()).Members.ShouldHaveSingleItem();
    }
}
