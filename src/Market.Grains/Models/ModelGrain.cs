using Marten;
using Market.Contracts.Models;
using Market.Domain.Royalties;
using Market.Store;
using Market.Store.Models;
using Npgsql;

namespace Market.Grains.Models;

/// <summary>Holds one model version: registration, counts, and the seal of its training set.</summary>
public sealed class ModelGrain(
    [PersistentState("model", GrainStorage.Name)] IPersistentState<ModelState> state,
    NpgsqlDataSource dataSource,
    MarketStoreOptions storeOptions,
    IDocumentStore documents,
    RoyaltyPolicy policy,
    TimeProvider time) : Grain, IModelGrain
{
    // Built here from services every silo has, so headless silos need no extra registration.
    private readonly TrainingSetSealer _sealer = new(new TrainingSetTables(dataSource, storeOptions), new CatalogConsentSql(documents));

    /// <inheritdoc />
    public async Task<ModelView> Register(RegisterModel command)
    {
        if (state.State.Model is { } existing)
        {
            return existing;
        }

        var id = this.GetPrimaryKeyString();
        if (command.BaseModelId == id)
        {
            throw new ArgumentException($"Model version '{id}' cannot be its own base model.", nameof(command));
        }

        var view = new ModelView(id, command.OwnerId, command.Name, command.Version, command.BaseModelId, command.Terms,
            command.InclusionFloorPpm, ModelView.Open, 0, null, 0, time.GetUtcNow(), null);
        var baseModel = command.BaseModelId is { } baseId ? await GrainFactory.GetGrain<IModelGrain>(baseId).Get() : null;
        ModelRules.EnsureCanAdd(new ModelLineage(baseModel?.ToDomain()), view.ToDomain(), policy);
        state.State.Model = view;
        await state.WriteStateAsync();
        return view;
    }

    /// <inheritdoc />
    public Task<ModelView?> Get() => Task.FromResult(state.State.Model);

    /// <inheritdoc />
    public async Task<ModelView> RecordImport(long accepted)
    {
        var model = Registered();
        if (model.IsSealed || accepted == 0)
        {
            return model;   // the seal counted the set exactly
        }

        state.State.Model = model with { ContributionCount = model.ContributionCount + accepted };
        await state.WriteStateAsync();
        return state.State.Model;
    }

    /// <inheritdoc />
    public async Task<ModelSealResult> Seal()
    {
        var model = Registered();
        var request = new SealRequest(model.Id, model.OwnerId, model.Name, model.Version, model.Terms.PoolPpm, time.GetUtcNow());

        // Returns the seal already recorded when there is one, so sealing twice answers the same.
        var seal = await _sealer.SealAsync(request, CancellationToken.None);
        if (seal is null)
        {
            return new ModelSealResult(model, [], $"Model version '{model.Id}' has no contributions whose consent allows training, so its pool would pay no one.");
        }

        if (!model.IsSealed)
        {
            // The seal row is committed first; should this write fail, sealing again finds the row and repeats it.
            state.State.Model = model with
            {
                Status = ModelView.Sealed, ContributionCount = seal.ContributionCount, ConsentSnapshotHash = seal.ConsentSnapshotHash,
                DroppedAtSeal = seal.Dropped.Count, SealedAt = seal.SealedAt,
            };
            await state.WriteStateAsync();
        }

        return new ModelSealResult(state.State.Model!, [.. seal.Dropped.Select(d => new DroppedContribution(d.WorkId!, d.Reason))]);
    }

    private ModelView Registered() =>
        state.State.Model ?? throw new KeyNotFoundException($"No model version has id '{this.GetPrimaryKeyString()}'.");
}
