using Market.Contracts.Models;
using Market.Contracts.Works;
using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Grains.Royalties;

/// <summary>
/// Finds the part of the royalty graph that money from given works can reach — their ancestors,
/// the model versions (and base lineage) of generated works, and the contributions those pieces
/// attribute, recursively — from the grains that own each node.
/// </summary>
public sealed class RoyaltyGraphLoader(IGrainFactory grains)
{
    private readonly SettledRoyaltyNodes _settled = new();

    /// <summary>A snapshot holding <paramref name="roots"/> and everything they pay into.</summary>
    /// <exception cref="KeyNotFoundException">A root or a node it references does not exist.</exception>
    public Task<IRoyaltyGraph> LoadAsync(IEnumerable<string> roots, RoyaltyPolicy policy) => LoadAsync(roots, modelRoots: []);

    /// <summary>A snapshot holding the works <paramref name="roots"/>, the model versions <paramref name="modelRoots"/> (a pool being settled) and everything they pay into.</summary>
    /// <exception cref="KeyNotFoundException">A root or a node it references does not exist.</exception>
    public async Task<IRoyaltyGraph> LoadAsync(IEnumerable<string> roots, IEnumerable<string> modelRoots)
    {
        // The same walk as CollectAsync, over nodes that never change once registered or sealed: those
        // are asked of their grains once per process (SettledRoyaltyNodes), not once per sale.
        var works = new Dictionary<WorkId, Work>();
        var models = new Dictionary<ModelId, ModelVersion>();
        var contributions = new HashSet<(ModelId, WorkId)>();
        var pendingWorks = new Stack<string>(roots);
        var pendingModels = new Stack<string>(modelRoots);
        while (pendingWorks.Count > 0 || pendingModels.Count > 0)
        {
            if (pendingWorks.TryPop(out var workId))
            {
                if (works.ContainsKey(new WorkId(workId))) continue;
                var work = _settled.FindWork(workId) ?? _settled.Keep(
                    await grains.GetGrain<IWorkGrain>(workId).Get() ?? throw new KeyNotFoundException($"No work has id '{workId}'."));
                works[work.Node.Id] = work.Node;
                foreach (var parent in work.Node.Parents) pendingWorks.Push(parent.Parent.Value);
                if (work.Node is not GeneratedWork made) continue;
                pendingModels.Push(made.Model.Value);
                foreach (var attributed in work.Attributed)
                {
                    contributions.Add((made.Model, attributed));
                    pendingWorks.Push(attributed.Value);
                }
            }
            else if (pendingModels.TryPop(out var modelId) && !models.ContainsKey(new ModelId(modelId)))
            {
                var model = _settled.FindModel(modelId) ?? _settled.Keep(
                    await grains.GetGrain<IModelGrain>(modelId).Get() ?? throw new KeyNotFoundException($"No model version has id '{modelId}'."));
                models[model.Id] = model;
                if (model.BaseModel is { } baseId) pendingModels.Push(baseId.Value);
            }
        }

        return new RoyaltyGraphSnapshot(works, models, contributions);
    }

    /// <summary>The stored nodes reachable from <paramref name="roots"/>.</summary>
    /// <exception cref="KeyNotFoundException">A root or a node it references does not exist.</exception>
    public async Task<ReachableNodes> CollectAsync(IEnumerable<string> roots)
    {
        var works = new Dictionary<string, WorkView>(StringComparer.Ordinal);
        var models = new Dictionary<string, ModelView>(StringComparer.Ordinal);
        var pendingWorks = new Stack<string>(roots);
        var pendingModels = new Stack<string>();
        while (pendingWorks.Count > 0 || pendingModels.Count > 0)
        {
            if (pendingWorks.TryPop(out var workId))
            {
                if (works.ContainsKey(workId)) continue;
                var view = await grains.GetGrain<IWorkGrain>(workId).Get() ?? throw new KeyNotFoundException($"No work has id '{workId}'.");
                works[workId] = view;
                foreach (var parent in view.Parents) pendingWorks.Push(parent.Id);
                if (view.Generation is not { } made) continue;
                pendingModels.Push(made.ModelId);
                foreach (var entry in made.Attribution) pendingWorks.Push(entry.WorkId);
            }
            else if (pendingModels.TryPop(out var modelId) && !models.ContainsKey(modelId))
            {
                var model = await grains.GetGrain<IModelGrain>(modelId).Get() ?? throw new KeyNotFoundException($"No model version has id '{modelId}'.");
                models[modelId] = model;
                if (model.BaseModelId is { } baseId) pendingModels.Push(baseId);
            }
        }

        return new ReachableNodes(works, models);
    }
}
