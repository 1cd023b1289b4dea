using System.Collections.Concurrent;
using Market.Contracts.Models;
using Market.Contracts.Works;
using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Grains.Royalties;

/// <summary>
/// Royalty-graph nodes that can no longer change, kept per process so a sale does not ask a grain for
/// each node of its graph again (a 20-party piece is 19 grain calls). A registered work's node never
/// changes — its grain changes only consent and offers after registration, which the graph does not read
/// (a node is parents, owners or generation; the price comes with each sale) — and a
/// model version is immutable once sealed; a draft version is never kept. Being immutable, a kept node
/// is right on every silo. Bounded: past <see cref="Capacity"/> nodes of a kind it starts again empty.
/// </summary>
public sealed class SettledRoyaltyNodes
{
    /// <summary>Nodes of each kind kept before starting again.</summary>
    public const int Capacity = 100_000;

    private readonly ConcurrentDictionary<string, SettledWork> _works = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ModelVersion> _models = new(StringComparer.Ordinal);

    /// <summary>A work's node and the works its generation attributes (the model's contributions it names).</summary>
    public sealed record SettledWork(Work Node, IReadOnlyList<WorkId> Attributed);

    /// <summary>The kept node of work <paramref name="id"/>, or null.</summary>
    public SettledWork? FindWork(string id) => _works.GetValueOrDefault(id);

    /// <summary>The kept sealed version <paramref name="id"/>, or null.</summary>
    public ModelVersion? FindModel(string id) => _models.GetValueOrDefault(id);

    /// <summary>Keeps the node of a registered work and returns it.</summary>
    public SettledWork Keep(WorkView view)
    {
        var attributed = view.Generation?.Attribution.Select(a => new WorkId(a.WorkId)).ToList() ?? [];
        var work = new SettledWork(RoyaltyNodes.From(view), attributed);
        Add(_works, view.Id, work);
        return work;
    }

    /// <summary>The domain version of <paramref name="view"/>, kept when it is sealed.</summary>
    public ModelVersion Keep(ModelView view)
    {
        var model = view.ToDomain();
        if (model.IsSealed) Add(_models, view.Id, model);
        return model;
    }

    private static void Add<T>(ConcurrentDictionary<string, T> nodes, string id, T node)
    {
        if (nodes.Count >= Capacity) nodes.Clear();
        nodes[id] = node;
    }
}
