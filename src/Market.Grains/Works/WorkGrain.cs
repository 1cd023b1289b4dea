using Marten;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Store.Catalog;

namespace Market.Grains.Works;

/// <summary>Holds one work; keeps its catalog document in step with its state.</summary>
public sealed class WorkGrain(
    [PersistentState("work", GrainStorage.Name)] IPersistentState<WorkState> state,
    IDocumentStore store,
    TimeProvider time) : Grain, IWorkGrain
{
    /// <inheritdoc />
    public async Task<WorkView> Register(RegisterWork command)
    {
        if (state.State.Work is null)
        {
            state.State.Work = new WorkView(
                this.GetPrimaryKeyString(), command.ArtistId, command.Title, command.Description, command.Kind,
                command.Tags, command.Offers, command.Consent, command.Parents, command.Owners, command.File,
                time.GetUtcNow());
            await state.WriteStateAsync();
        }

        // Written on every registration attempt, so a retry after a crash repairs a missing entry.
        var work = state.State.Work;
        var artist = await GrainFactory.GetGrain<IPartyGrain>(work.ArtistId).Get();
        await using var session = store.LightweightSession();
        session.Store(CatalogEntries.From(work, artist?.DisplayName ?? ""));
        await session.SaveChangesAsync();
        await GrainFactory.GetGrain<IPartyGrain>(work.ArtistId).AddWork(work.Id);
        return work;
    }

    /// <inheritdoc />
    public Task<WorkView?> Get() => Task.FromResult(state.State.Work);
}
