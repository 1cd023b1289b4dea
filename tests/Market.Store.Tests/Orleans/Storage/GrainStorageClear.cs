using Orleans.Storage;

namespace Market.Store.Tests.Orleans.Storage;

/// <summary>Clearing leaves a tombstone: the state reads as new, and later writes still check the ETag.</summary>
public sealed class GrainStorageClear(MartenFixture fixture) : IClassFixture<MartenFixture>
{
    [Fact]
    public async Task Cleared_state_reads_as_defaults_without_a_record()
    {
        var storage = fixture.GrainStorage();
        var grainId = GrainStorageFixture.NewGrainId();
        var state = GrainStorageFixture.Blank().Holding("Ada");
        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, state);

        await storage.ClearStateAsync(GrainStorageFixture.StateName, grainId, state);
        var read = GrainStorageFixture.Blank();
        await storage.ReadStateAsync(GrainStorageFixture.StateName, grainId, read);

        state.RecordExists.ShouldBeFalse();
        state.Drawn().Artist.ShouldBeEmpty();
        read.RecordExists.ShouldBeFalse();
        read.Drawn().Artist.ShouldBeEmpty();
        read.ETag.ShouldBe(state.ETag);
    }

    [Fact]
    public async Task Cleared_state_can_be_written_again()
    {
        var storage = fixture.GrainStorage();
        var grainId = GrainStorageFixture.NewGrainId();
        var state = GrainStorageFixture.Blank();
        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, state);
        await storage.ClearStateAsync(GrainStorageFixture.StateName, grainId, state);

        state.State = new Drawing { Artist = "Grace" };
        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, state);
        var read = GrainStorageFixture.Blank();
        await storage.ReadStateAsync(GrainStorageFixture.StateName, grainId, read);

        read.RecordExists.ShouldBeTrue();
        read.Drawn().Artist.ShouldBe("Grace");
    }

    [Fact]
    public async Task Clearing_with_a_stale_etag_conflicts()
    {
        var storage = fixture.GrainStorage();
        var grainId = GrainStorageFixture.NewGrainId();
        var state = GrainStorageFixture.Blank();
        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, state);
        var stale = state.Holding("stale");
        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, state);

        await Should.ThrowAsync<InconsistentStateException>(
            () => storage.ClearStateAsync(GrainStorageFixture.StateName, grainId, stale));
    }

    [Fact]
    public async Task A_write_based_on_the_state_before_the_clear_conflicts()
    {
        var storage = fixture.GrainStorage();
        var grainId = GrainStorageFixture.NewGrainId();
        var state = GrainStorageFixture.Blank();
        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, state);
        var beforeClear = state.Holding("too late");
        await storage.ClearStateAsync(GrainStorageFixture.StateName, grainId, state);

        await Should.ThrowAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, beforeClear));
    }
}
