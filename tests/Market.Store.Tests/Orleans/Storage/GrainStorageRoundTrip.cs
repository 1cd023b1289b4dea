using Orleans;

namespace Market.Store.Tests.Orleans.Storage;

/// <summary>What grain storage gives back is what was written to it.</summary>
public sealed class GrainStorageRoundTrip(MartenFixture fixture) : IClassFixture<MartenFixture>
{
    [Fact]
    public async Task Written_state_reads_back_with_the_runtime_types_of_its_parts()
    {
        var storage = fixture.GrainStorage();
        var grainId = GrainStorageFixture.NewGrainId();
        var written = GrainStorageFixture.Blank();
        written.State = new Drawing { Artist = "Ada", Shapes = [new Circle(1.5), new Square(2)] };

        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, written);
        var read = GrainStorageFixture.Blank();
        await storage.ReadStateAsync(GrainStorageFixture.StateName, grainId, read);

        read.RecordExists.ShouldBeTrue();
        read.ETag.ShouldBe(written.ETag);
        read.Drawn().Artist.ShouldBe("Ada");
        read.Drawn().Shapes.ShouldBe([new Circle(1.5), new Square(2)]);
    }

    [Fact]
    public async Task A_state_declared_as_its_base_type_reads_back_as_the_derived_type()
    {
        var storage = fixture.GrainStorage();
        var grainId = GrainStorageFixture.NewGrainId();

        await storage.WriteStateAsync("shape", grainId, new GrainState<Shape> { State = new Square(3) });
        var read = new GrainState<Shape>();
        await storage.ReadStateAsync("shape", grainId, read);

        read.State.ShouldBe(new Square(3));
    }

    [Fact]
    public async Task A_state_never_written_reads_as_defaults_without_a_record_or_etag()
    {
        var read = new GrainState<Drawing> { State = new Drawing { Artist = "left over" } };

        await fixture.GrainStorage().ReadStateAsync(GrainStorageFixture.StateName, GrainStorageFixture.NewGrainId(), read);

        read.RecordExists.ShouldBeFalse();
        read.ETag.ShouldBeNull();
        read.Drawn().Artist.ShouldBeEmpty();
    }

    [Fact]
    public async Task Each_write_gives_a_new_etag()
    {
        var storage = fixture.GrainStorage();
        var grainId = GrainStorageFixture.NewGrainId();
        var state = GrainStorageFixture.Blank();

        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, state);
        var first = state.ETag;
        await storage.WriteStateAsync(GrainStorageFixture.StateName, grainId, state);

        first.ShouldNotBeNull();
        state.ETag.ShouldNotBe(first);
    }
}
