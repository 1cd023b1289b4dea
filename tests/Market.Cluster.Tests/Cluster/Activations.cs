using Orleans.Runtime;

namespace Market.Cluster.Tests.Cluster;

/// <summary>
/// Which silo holds which grain, as the silos themselves report it through Orleans' management
/// grain (each silo lists its own activations, so no directory cache can be stale here).
/// </summary>
public sealed class Activations
{
    private readonly ILookup<GrainId, SiloAddress> _silos;

    private Activations(IEnumerable<DetailedGrainStatistic> statistics) =>
        _silos = statistics.ToLookup(s => s.GrainId, s => s.SiloAddress);

    /// <summary>The activations on every active silo now.</summary>
    public static async Task<Activations> ReadAsync(IClusterClient client) =>
        new(await client.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics());

    /// <summary>The one silo <paramref name="grain"/> is active on; fails when it is on none or several.</summary>
    public SiloAddress SiloOf(IAddressable grain)
    {
        var id = grain.GetGrainId();
        return _silos[id].ToList() switch
        {
            [var silo] => silo,
            [] => throw new InvalidOperationException($"{id} is not active on any silo."),
            var several => throw new InvalidOperationException($"{id} is active on several silos: {string.Join(", ", several)}."),
        };
    }

    /// <summary>Whether <paramref name="grain"/> is active on exactly one silo.</summary>
    public bool HasSingleActivation(IAddressable grain) => _silos[grain.GetGrainId()].Count() == 1;
}
