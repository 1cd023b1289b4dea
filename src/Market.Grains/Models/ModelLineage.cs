using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Grains.Models;

/// <summary>
/// The slice of the royalty graph a new model version's rules look at: its base model, if any.
/// Lets the grain ask <see cref="ModelRules.EnsureCanAdd"/> itself instead of restating the rules.
/// </summary>
internal sealed class ModelLineage(ModelVersion? baseModel) : IRoyaltyGraph
{
    public Work? FindWork(WorkId id) => null;

    public ModelVersion? FindModel(ModelId id) => baseModel is not null && baseModel.Id == id ? baseModel : null;

    public bool IsContribution(ModelId model, WorkId work) => false;

    public IReadOnlyList<Contribution> ContributionsOf(ModelId model) => [];

    public IReadOnlyList<WorkId> ChildrenOf(WorkId work) => [];
}
