using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// The royalty graph held in memory: for tests, previews and snapshots a store loads. Every
/// addition goes through the same rules a grain would apply. Not thread-safe for writes; readers
/// may share it once it is built.
/// </summary>
public sealed partial class InMemoryRoyaltyGraph(RoyaltyPolicy policy) : IRoyaltyGraph
{
    private readonly Dictionary<WorkId, Work> _works = [];
    private readonly Dictionary<WorkId, List<WorkId>> _children = [];
    private readonly Dictionary<ModelId, ModelVersion> _models = [];
    private readonly Dictionary<ModelId, Pool> _pools = [];

    /// <summary>A graph under the default policy.</summary>
    public InMemoryRoyaltyGraph()
        : this(RoyaltyPolicy.Default)
    {
    }

    /// <summary>The policy the graph's rules apply.</summary>
    public RoyaltyPolicy Policy => policy;

    /// <inheritdoc />
    public Work? FindWork(WorkId id) => _works.GetValueOrDefault(id);

    /// <inheritdoc />
    public ModelVersion? FindModel(ModelId id) => _models.GetValueOrDefault(id);

    /// <inheritdoc />
    public bool IsContribution(ModelId model, WorkId work) =>
        _pools.TryGetValue(model, out var pool) && pool.Members.ContainsKey(work);

    /// <inheritdoc />
    public IReadOnlyList<Contribution> ContributionsOf(ModelId model) =>
        _pools.TryGetValue(model, out var pool) ? pool.InOrder : [];

    /// <inheritdoc />
    public IReadOnlyList<WorkId> ChildrenOf(WorkId work) =>
        _children.TryGetValue(work, out var children) ? children : [];

    private sealed class Pool
    {
        public Dictionary<WorkId, Contribution> Members { get; } = [];

        public List<Contribution> InOrder { get; } = [];
    }
}
