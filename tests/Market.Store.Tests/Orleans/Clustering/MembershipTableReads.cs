using Orleans.Runtime;

namespace Market.Store.Tests.Orleans.Clustering;

/// <summary>Reads return rows and table version as one consistent snapshot.</summary>
public sealed class MembershipTableReads(MartenFixture fixture) : IClassFixture<MartenFixture>
{
    [Fact]
    public async Task An_empty_table_has_version_zero_an_etag_and_no_rows()
    {
        var data = await fixture.Store.NewTable().ReadAllAsync();

        data.Members.ShouldBeEmpty();
        data.Version.Version.ShouldBe(0);
        data.Version.VersionEtag.ShouldNotBeNull();
    }

    [Fact]
    public async Task Initializing_twice_leaves_an_empty_table_at_version_zero()
    {
        var table = fixture.Store.NewTable();

        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        var data = await table.ReadAllAsync();

        data.Members.ShouldBeEmpty();
        data.Version.Version.ShouldBe(0);
        (await table.InsertRowAsync(TestSilos.NewEntry(), data.Version.Next())).ShouldBeTrue();
    }

    [Fact]
    public async Task ReadAll_returns_every_row_with_its_fields_and_etag()
    {
        var table = fixture.Store.NewTable();
        var entry = TestSilos.NewEntry(SiloStatus.Active);
        entry.RoleName = "market";
        entry.UpdateZone = 2;
        entry.FaultZone = 3;
        entry.SuspectTimes = [Tuple.Create(TestSilos.NewAddress(), entry.IAmAliveTime.AddSeconds(1))];
        await table.InsertAsync(TestSilos.NewEntry());
        await table.InsertAsync(entry);

        var data = await table.ReadAllAsync();

        data.Members.Count.ShouldBe(2);
        var (read, etag) = data.TryGet(entry.SiloAddress).ShouldNotBeNull();
        read.ShouldMatch(entry);
        etag.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task ReadRow_returns_only_the_requested_silo_and_the_table_version()
    {
        var table = fixture.Store.NewTable();
        var wanted = TestSilos.NewEntry();
        await table.InsertAsync(wanted);
        var all = await table.InsertAsync(TestSilos.NewEntry());

        var row = await table.ReadRowAsync(wanted.SiloAddress);

        row.Version.ShouldBe(all.Version);
        row.Members.ShouldHaveSingleItem().Item1.ShouldMatch(wanted);
        (await table.ReadRowAsync(TestSilos.NewAddress())).Members.ShouldBeEmpty();
    }
}
