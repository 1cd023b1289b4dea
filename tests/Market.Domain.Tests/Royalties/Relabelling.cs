using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// Renames every work, party and model of a script by a permutation of its own ids, which changes
/// each node's canonical order and so who wins a tie. Nothing else changes: shares, weights and
/// the attribution's integer ppm stay with the node they belonged to.
/// </summary>
internal sealed class Relabelling
{
    private readonly Dictionary<WorkId, WorkId> _works;
    private readonly Dictionary<PartyId, PartyId> _parties;
    private readonly Dictionary<ModelId, ModelId> _models;
    private readonly Dictionary<string, WorkId> _worksBack;
    private readonly Dictionary<string, PartyId> _partiesBack;
    private readonly Dictionary<string, ModelId> _modelsBack;

    private Relabelling(GraphScript script, long seed)
    {
        var adds = script.Ops.OfType<AddWorkOp>().Select(op => op.Work).ToArray();
        var models = script.Ops.OfType<AddModelOp>().Select(op => op.Model).ToArray();
        _works = Permute(adds.Select(w => w.Id), seed, 1);
        _models = Permute(models.Select(m => m.Id), seed, 2);
        _parties = Permute(
            adds.SelectMany(w => w is OriginalWork o ? o.Owners.Select(s => s.Party) : [((GeneratedWork)w).Creator]).Concat(models.Select(m => m.Owner)),
            seed,
            3);
        _worksBack = _works.ToDictionary(p => p.Value.Value, p => p.Key);
        _partiesBack = _parties.ToDictionary(p => p.Value.Value, p => p.Key);
        _modelsBack = _models.ToDictionary(p => p.Value.Value, p => p.Key);
    }

    public static Relabelling Shuffled(GraphScript script, long seed) => new(script, seed);

    public WorkId Work(WorkId id) => _works[id];

    public ModelId Model(ModelId id) => _models[id];

    public GraphOp Apply(GraphOp op) => op switch
    {
        AddWorkOp { Work: OriginalWork o } => new AddWorkOp(
            new OriginalWork(Work(o.Id), [.. o.Owners.Select(s => s with { Party = _parties[s.Party] })], Edges(o.Parents)), []),
        AddWorkOp { Work: GeneratedWork g } add => new AddWorkOp(
            new GeneratedWork(Work(g.Id), Model(g.Model), _parties[g.Creator], Weights(g.Attribution), Edges(g.Parents)),
            [.. add.Scores.Select(s => s with { Contribution = Work(s.Contribution) })]),
        AddModelOp { Model: var m } => new AddModelOp(m with
        {
            Id = Model(m.Id),
            Owner = _parties[m.Owner],
            BaseModel = m.BaseModel is { } b ? Model(b) : null,
        }),
        AddContributionsOp c => new AddContributionsOp(Model(c.Model), [.. c.Contributions.Select(x => x with { Work = Work(x.Work) })]),
        SealOp s => new SealOp(Model(s.Model)),
        AddEdgesOp e => new AddEdgesOp(Work(e.Child), Edges(e.Edges)),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown graph change."),
    };

    /// <summary>A part of the renamed graph, named back in the original graph's ids.</summary>
    public RoyaltyPart Restore(RoyaltyPart part) => part with
    {
        Party = part.Party is { } party ? _partiesBack[party.Value] : null,
        Pool = part.Pool is { } pool ? _modelsBack[pool.Value] : null,
        Path = RoyaltyPath.Of(part.Path.Steps.Select(s => s with
        {
            Id = s.Kind == NodeKind.Work ? _worksBack[s.Id].Value : _modelsBack[s.Id].Value,
        })),
    };

    // The same integer weights on the renamed contributions, re-sorted: the attribution is the
    // same input. (Converting the scores again could move a weight by the 1 ppm a tie decides;
    // RelabellingMovesAPartOnlyWhereRemaindersTie checks that step on its own.)
    private Attribution Weights(Attribution attribution) => Attribution.FromWeights(
        [.. attribution.Entries.Select(e => e with { Contribution = Work(e.Contribution) }).OrderBy(e => e.Contribution, WorkId.Ordinal)]);

    private ParentEdge[] Edges(IReadOnlyList<ParentEdge> edges) => [.. edges.Select(e => e with { Parent = Work(e.Parent) })];

    // A permutation of the ids among themselves: the same set of names, dealt out anew.
    private static Dictionary<T, T> Permute<T>(IEnumerable<T> ids, long seed, int salt)
        where T : notnull
    {
        var distinct = ids.Distinct().ToArray();
        var dealt = distinct.Select((id, i) => (Id: id, Key: Noise.Of(seed, salt, i))).OrderBy(x => x.Key).Select(x => x.Id).ToArray();
        return distinct.Zip(dealt).ToDictionary(p => p.First, p => p.Second);
    }
}
