using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>Lookups that treat a missing node as a broken graph rather than as an answer.</summary>
public static class RoyaltyGraphExtensions
{
    /// <summary>The work with this id.</summary>
    /// <exception cref="KeyNotFoundException">The graph has no such work.</exception>
    public static Work GetWork(this IRoyaltyGraph graph, WorkId id) =>
        graph.FindWork(id) ?? throw new KeyNotFoundException($"The royalty graph has no work '{id}'.");

    /// <summary>The model version with this id.</summary>
    /// <exception cref="KeyNotFoundException">The graph has no such model version.</exception>
    public static ModelVersion GetModel(this IRoyaltyGraph graph, ModelId id) =>
        graph.FindModel(id) ?? throw new KeyNotFoundException($"The royalty graph has no model version '{id}'.");
}
