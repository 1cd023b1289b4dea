using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;

namespace Market.Store.Tests.Ledger.ModelBased;

/// <summary>
/// The small royalty graph one command sequence sells from, built from generated numbers (read in
/// turn, so they shrink towards the plainest graph): two to five originals with split sheets, some
/// derivatives of them, a model trained on them, a piece made with it, a second model — a fine-tune
/// or not — that also trains on that piece (so settling its pool pays the first pool's floor), and a
/// piece made with the second. Six parties share everything, so their accounts collect from many paths.
/// </summary>
internal sealed partial class SequenceGraph
{
    private readonly int[] _numbers;
    private readonly InMemoryRoyaltyGraph _graph = new();
    private readonly List<WorkId> _works = [];
    private readonly List<ModelId> _models = [];
    private int _next;

    private SequenceGraph(int[] numbers)
    {
        _numbers = numbers.Length == 0 ? [0] : numbers;
        var originals = 2 + Next(4);
        for (var i = 0; i < originals; i++)
        {
            AddOriginal(i);
        }

        var first = AddModel(baseModel: null, [.. _works]);
        var piece = AddPiece(first);
        var second = AddModel(Next(2) == 0 ? first : null, [piece, .. _works.Take(Next(3))]);
        AddPiece(second);
        Allocator = new RoyaltyAllocator(_graph, _graph.Policy);
    }

    /// <summary>Everyone the graph can pay.</summary>
    public static IReadOnlyList<PartyId> Parties { get; } = [.. Enumerable.Range(0, 6).Select(i => new PartyId($"p{i}"))];

    /// <summary>Every work that can be sold: originals, derivatives and generated pieces.</summary>
    public IReadOnlyList<WorkId> Works => _works;

    /// <summary>The model versions, whose pool floors accumulate and are settled.</summary>
    public IReadOnlyList<ModelId> Pools => _models;

    /// <summary>The allocator over the graph.</summary>
    public RoyaltyAllocator Allocator { get; }

    /// <summary>The graph the numbers describe.</summary>
    public static SequenceGraph Build(int[] numbers) => new(numbers);

    /// <inheritdoc />
    public override string ToString() =>
        $"{_works.Count} works ({string.Join(", ", _works.Select(Describe))}), pools {string.Join(", ", _models)}";

    private int Next(long below) => (int)((uint)_numbers[_next++ % _numbers.Length] % below);

    private PartyId Party() => Parties[Next(Parties.Count)];

    private void AddOriginal(int index)
    {
        var owners = 1 + Next(3);
        var start = Next(Parties.Count);
        var shares = Apportion.Split(Ppm.Whole, [.. Enumerable.Range(0, owners).Select(_ => 1L + Next(9))]);
        var sheet = shares.Select((share, k) => new OwnerShare(Parties[(start + k) % Parties.Count], share)).ToArray();
        var roots = _works.Where(w => _graph.GetWork(w).Parents.Count == 0).ToList();
        ParentEdge[] parents = roots.Count > 0 && Next(3) == 0 ? [new ParentEdge(roots[Next(roots.Count)], 1 + Next(200_000))] : [];
        AddWork(new OriginalWork(new WorkId($"w{index}"), sheet, parents));
    }

    private string Describe(WorkId id) => _graph.GetWork(id) switch
    {
        GeneratedWork g => $"{id} by {g.Creator} on {g.Model} with {g.Attribution.Entries.Count} attributed",
        OriginalWork o => $"{id} of {string.Join("+", o.Owners.Select(s => s.Party))}" + (o.Parents.Count > 0 ? $" from {o.Parents[0].Parent}" : ""),
        _ => id.Value,
    };
}
