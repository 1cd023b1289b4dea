using Market.Contracts.Models;
using Market.Contracts.Works;
using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Grains.Royalties;

/// <summary>
/// Builds the part of the royalty graph that money from given works can reach — their ancestors,
/// the model versions (and base lineage) of generated works, and the contributions those pieces
/// attribute, recursively — from the grains that own each node.
/// </summary>
public sealed class RoyaltyGraphLoader(IGrainFactory grains)
{
    /// <summary>A snapshot holding <paramref name="roots"/> and everything they pay into.</summary>
    /// <exception cref="KeyNotFoundException">A root or a node it references does not exist.</exception>
    public async Task<IRoyaltyGraph> LoadAsync(IEnumerable<string> roots, RoyaltyPolicy policy)
    {
        var works = new Dictionary<WorkId, Work>();
        var models = new Dictionary<ModelId, ModelVersion>();
        var contributions = new HashSet<(ModelId, WorkId)>();
        var pendingWorks = new Stack<string>(roots);
        var pendingModels = new Stack<string>();
        while (pendingWorks.Count > 0 || pendingModels.Count > 0)
        {
            if (pendingWorks.TryPop(out var workId))
            {
                if (works.ContainsKey(new WorkId(workId))) continue;
                var view = await grains.GetGrain<IWorkGrain>(workId).Get() ?? throw new KeyNotFoundException($"No work has id '{workId}'.");
                var node = RoyaltyNodes.From(view);
                works[node.Id] = node;
                foreach (var parent in view.Parents) pendingWorks.Push(parent.Id);
                if (view.Generation is not { } made) continue;
                pendingModels.Push(made.ModelId);
                foreach (var entry in made.Attribution)
                {
                    contributions.Add((new ModelId(made.ModelId), new WorkId(entry.WorkId)));
                    pendingWorks.Push(entry.WorkId);
                }
            }
            else if (pendingModels.TryPop(out var modelId) && !models.ContainsKey(new ModelId(modelId)))
            {
                var model = await grains.GetGrain<IModelGrain>(modelId).Get() ?? throw new KeyNotFoundException($"No model version has id '{modelId}'.");
                models[new ModelId(modelId)] = model.ToDomain();
                if (model.BaseModelId is { } baseId) pendingModels.Push(baseId);
            }
        }

        return new RoyaltyGraphSnapshot(works, models, contributions);
    }
}
