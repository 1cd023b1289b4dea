using Orleans;
using Orleans.Runtime;
using Market.Store.Orleans.Storage;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Market.Store.Tests.Orleans.Storage;

/// <summary>Grain storage on the shared Marten fixture, and fresh grain ids so tests stay apart.</summary>
public static class GrainStorageFixture
{
    /// <summary>The state name every storage test uses.</summary>
    public const string StateName = "drawing";

    /// <summary>A grain storage for the test service.</summary>
    public static MartenGrainStorage GrainStorage(this MartenFixture fixture) => new(
        fixture.Store,
        Options.Create(new ClusterOptions { ServiceId = "store-tests" }),
        fixture.Serializer,
        fixture.Activators);

    /// <summary>A grain id no other test uses.</summary>
    public static GrainId NewGrainId() => GrainId.Create("drawing", Guid.NewGuid().ToString("N"));

    /// <summary>A state as a new activation holds it before reading: no ETag, no record.</summary>
    public static GrainState<Drawing> Blank() => new() { State = new Drawing() };

    /// <summary>A copy of <paramref name="state"/>'s ETag and record flag with a new drawing.</summary>
    public static GrainState<Drawing> Holding(this GrainState<Drawing> state, string artist) => new()
    {
        State = new Drawing { Artist = artist },
        ETag = state.ETag,
        RecordExists = state.RecordExists,
    };

    /// <summary>The drawing <paramref name="state"/> holds, which storage must never leave null.</summary>
    public static Drawing Drawn(this GrainState<Drawing> state) => state.State.ShouldNotBeNull();
}
