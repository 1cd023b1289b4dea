using Orleans.Storage;

namespace Market.Store.Tests.Orleans.Storage;

/// <summary>A write based on an outdated ETag is refused, so two activations cannot both win.</summary>
public sealed class GrainStorageConflicts(MartenFixture fixture) : IClassFixture<MartenFixture>
{
    [Fact]
    public async Task A_writer_with_a_stale_etag_gets_InconsistentStateException()
    {
        var storage = fixture.GrainStorage();
        var grainId = GrainStorageFixture.NewGrainId();
        var first = GrainStorageFixture.Blank();
        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, first);
        var stale = first.Holding("stale");
        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, first);

        var conflict = await Should.ThrowAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, stale));

        conflict.CurrentEtag.ShouldBe(stale.ETag);
        conflict.StoredEtag.ShouldBe(first.ETag);
        conflict.InnerException.ShouldBeNull();
    }

    [Fact]
    public async Task Of_concurrent_writers_with_the_same_etag_exactly_one_wins()
    {
        var storage = fixture.GrainStorage();
        var grainId = GrainStorageFixture.NewGrainId();
        var start = GrainStorageFixture.Blank();
        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, start);
        var writers = Enumerable.Range(0, 16).Select(i => start.Holding($"writer {i}")).ToList();

        var outcomes = await Task.WhenAll(writers.Select(async writer =>
        {
            try
            {
                await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, writer);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        outcomes.Count(won => won).ShouldBe(1);
        var read = GrainStorageFixture.Blank();
        await storage.ReadStateAsync(GrainStorageFixture.StateName, grainId, read);
        read.Drawn().Artist.ShouldBe(writers[Array.IndexOf(outcomes, true)].Drawn().Artist);
    }

    [Fact]
    public async Task Inserting_when_a_record_exists_conflicts()
    {
        var storage = fixture.GrainStorage();
        var grainId = GrainStorageFixture.NewGrainId();
        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, GrainStorageFixture.Blank());

        await Should.ThrowAsync<InconsistentStateException>(
            () => storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, GrainStorageFixture.Blank()));
    }
}
