using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// The lookups the allocator and the rules ask of the royalty graph. Nodes never change once
/// referenced (parents only grow, through <see cref="StackCap"/>; models are immutable once
/// sealed), so an implementation may serve them from a cache or a snapshot of its store.
/// </summary>
public interface IRoyaltyGraph
{
    /// <summary>The work with this id, or null when there is none.</summary>
    Work? FindWork(WorkId id);

    /// <summary>The model version with this id, or null when there is none.</summary>
    ModelVersion? FindModel(ModelId id);

    /// <summary>Whether <paramref name="work"/> is in the training set of <paramref name="model"/>.</summary>
    bool IsContribution(ModelId model, WorkId work);

    /// <summary>The training set of a model version; for a sealed version, in canonical order (work ids, ordinal).</summary>
    IReadOnlyList<Contribution> ContributionsOf(ModelId model);

    /// <summary>The works that name <paramref name="work"/> as a direct parent.</summary>
    IReadOnlyList<WorkId> ChildrenOf(WorkId work);
}
