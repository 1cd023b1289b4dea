using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Serialization;

namespace Market.Store.Orleans.Storage;

/// <summary>
/// Grain state rows as <see cref="MartenGrainStorage"/> keeps them, for a unit of work that writes a
/// grain's row together with other data (<see cref="GrainStateJoin"/>).
/// </summary>
public sealed class GrainStateRows(IOptions<ClusterOptions> cluster, Serializer serializer)
{
    /// <summary>The id of <paramref name="grainId"/>'s row under <paramref name="stateName"/>.</summary>
    public string Key(string stateName, GrainId grainId) => GrainStateJoin.Key(cluster.Value.ServiceId, stateName, grainId);

    /// <summary>A first write of a grain's state (it fails if the grain already has a row).</summary>
    public GrainStateWrite Insert<T>(string stateName, GrainId grainId, T state) =>
        new(Key(stateName, grainId), ExpectedRevision: 0, serializer.SerializeToArray(state));
}
