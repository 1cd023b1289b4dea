using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Scheduling.Jobs;

/// <summary>
/// The part of the royalty graph one pool's settlement reaches: the nodes its contributions pay
/// into, and that pool's whole training set (which a sale's snapshot never holds).
/// </summary>
internal sealed class PoolGraph(IRoyaltyGraph reachable, ModelId pool, IReadOnlyList<Contribution> trainingSet) : IRoyaltyGraph
{
    private readonly HashSet<WorkId> _members = [.. trainingSet.Select(c => c.Work)];

    public Work? FindWork(WorkId id) => reachable.FindWork(id);

    public ModelVersion? FindModel(ModelId id) => reachable.FindModel(id);

    public bool IsContribution(ModelId model, WorkId work) => model == pool ? _members.Contains(work) : reachable.IsContribution(model, work);

    public IReadOnlyList<Contribution> ContributionsOf(ModelId model) => model == pool ? trainingSet : reachable.ContributionsOf(model);

    public IReadOnlyList<WorkId> ChildrenOf(WorkId work) => reachable.ChildrenOf(work);
}
