using Marten;
using Market.Contracts.Parties;
using Market.Contracts.Works;

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
            var at = time.GetUtcNow();
            state.State.Work = new WorkView(
                this.GetPrimaryKeyString(), command.ArtistId, command.Title, command.Description, command.Kind,
                command.Tags, command.Offers, command.Consent, command.Parents, command.Owners, command.File,
                at, command.Generation, [new ConsentChanged(command.Consent, command.ArtistId, at)]);
            await state.WriteStateAsync();
        }

        // Written on every registration attempt, so a retry after a crash repairs a missing entry.
        var work = state.State.Work;
        await WriteCatalogEntryAsync(work);
        await GrainFactory.GetGrain<IPartyGrain>(work.ArtistId).AddWork(work.Id);
        return work;
    }

    /// <inheritdoc />
    public async Task<WorkView> ChangeConsent(WorkConsent consent, string actorId)
    {
        var work = state.State.Work ?? throw new KeyNotFoundException($"No work has id '{this.GetPrimaryKeyString()}'.");
        if (work.Consent == consent)
        {
            return work;
        }

        var change = new ConsentChanged(consent, actorId, time.GetUtcNow());
        state.State.Work = work with { Consent = consent, ConsentHistory = [.. work.ConsentHistory ?? [], change] };
        await state.WriteStateAsync();
        await WriteCatalogEntryAsync(state.State.Work);
        return state.State.Work;
    }

    /// <inheritdoc />
    public async Task<WorkView> ChangeOffers(IReadOnlyList<WorkOffer> offers)
    {
        var work = state.State.Work ?? throw new KeyNotFoundException($"No work has id '{this.GetPrimaryKeyString()}'.");
        if (!work.Offers.SequenceEqual(offers))
        {
            state.State.Work = work with { Offers = [.. offers] };
            await state.WriteStateAsync();
        }

        // Written even when nothing changed, so a retry after a crash repairs the catalog's "from" price.
        await WriteCatalogEntryAsync(state.State.Work);
        return state.State.Work;
    }

    /// <inheritdoc />
    public Task<WorkView?> Get() => Task.FromResult(state.State.Work);

    private async Task WriteCatalogEntryAsync(WorkView work)
    {
        var artist = await GrainFactory.GetGrain<IPartyGrain>(work.ArtistId).Get();
        await using var session = store.LightweightSession();
        session.Store(CatalogEntries.From(work, artist?.DisplayName ?? ""));
        await session.SaveChangesAsync();
    }
}
