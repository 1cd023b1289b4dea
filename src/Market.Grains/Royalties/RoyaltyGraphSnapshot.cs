using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Grains.Royalties;

/// <summary>
/// The nodes a sale can reach, read from the grains that own them. Every node was checked against
/// the graph's rules when it was registered and never changes once referenced, so the snapshot
/// holds them as they are. It knows only the contributions its generated works attribute: enough
/// to allocate a sale, not to settle a whole pool (that reads the training-set table).
/// </summary>
public sealed class RoyaltyGraphSnapshot(
    IReadOnlyDictionary<WorkId, Work> works,
    IReadOnlyDictionary<ModelId, ModelVersion> models,
    IReadOnlySet<(ModelId Model, WorkId Work)> contributions) : IRoyaltyGraph
{
    /// <inheritdoc />
    public Work? FindWork(WorkId id) => works.GetValueOrDefault(id);

    /// <inheritdoc />
    public ModelVersion? FindModel(ModelId id) => models.GetValueOrDefault(id);

    /// <inheritdoc />
    public bool IsContribution(ModelId model, WorkId work) => contributions.Contains((model, work));

    /// <inheritdoc />
    public IReadOnlyList<Contribution> ContributionsOf(ModelId model) =>
        throw new NotSupportedException($"A sale's snapshot does not hold the whole training set of '{model}'; settle pools from the training-set table.");

    /// <inheritdoc />
    public IReadOnlyList<WorkId> ChildrenOf(WorkId work) =>
        [.. works.Values.Where(w => w.Parents.Any(p => p.Parent == work)).Select(w => w.Id)];
}
