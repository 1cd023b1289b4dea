namespace Market.Store.Tests.Orleans.Clustering;

/// <summary>A row goes in only with the successor of the version last read, and only once.</summary>
public sealed class MembershipTableInsertRow(MartenFixture fixture) : IClassFixture<MartenFixture>
{
    [Fact]
    public async Task Inserting_with_the_next_version_adds_the_row_and_raises_the_version()
    {
        var table = fixture.Store.NewTable();
        var next = (await table.ReadAllAsync()).Version.Next();

        (await table.InsertRowAsync(TestSilos.NewEntry(), next)).ShouldBeTrue();
        var data = await table.ReadAllAsync();

        data.Members.ShouldHaveSingleItem();
        data.Version.Version.ShouldBe(1);
        data.Version.VersionEtag.ShouldNotBe(next.VersionEtag);
    }

    [Fact]
    public async Task Inserting_the_same_silo_again_returns_false()
    {
        var table = fixture.Store.NewTable();
        var entry = TestSilos.NewEntry();
        var data = await table.InsertAsync(entry);

        (await table.InsertRowAsync(entry, data.Version.Next())).ShouldBeFalse();
        (await table.ReadAllAsync()).Members.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Inserting_with_a_version_already_used_returns_false()
    {
        var table = fixture.Store.NewTable();
        var used = (await table.ReadAllAsync()).Version.Next();
        (await table.InsertRowAsync(TestSilos.NewEntry(), used)).ShouldBeTrue();

        (await table.InsertRowAsync(TestSilos.NewEntry(), used)).ShouldBeFalse();
        var data = await table.ReadAllAsync();

        data.Members.ShouldHaveSingleItem();
        data.Version.Version.ShouldBe(1);
    }
}
