using Marten;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain.Catalog;
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
            var at = time.GetUtcNow();
            var named = command.NamedBy is { } namer
                ? NamedRoles.ToAsk(namer, command.Generation?.CreatorId, command.Owners.Select(o => o.Id)).Select(NamedRoleView.From).ToList()
                : [];
            state.State.Work = new WorkView(
                this.GetPrimaryKeyString(), command.ArtistId, command.Title, command.Description, command.Kind,
                command.Tags, command.Offers, command.Consent, command.Parents, command.Owners, command.File,
                at, command.Generation, [new ConsentChanged(command.Consent, command.ArtistId, at)],
                named.Count > 0 ? named : null, named.Count > 0 ? command.NamedBy : null);
            await state.WriteStateAsync();
        }

        // Written on every registration attempt, so a retry after a crash repairs a missing entry.
        var work = state.State.Work;
        await WriteCatalogEntryAsync(work);
        await GrainFactory.GetGrain<IPartyGrain>(work.ArtistId).AddWork(work.Id);
        if (work is { Named: { } asked, NamedBy: { } namedBy })
        {
            // Each named person finds the request on their dashboard; the naming party sees who has not answered.
            foreach (var partyId in asked.Select(n => n.PartyId).Append(namedBy))
            {
                await GrainFactory.GetGrain<IPartyGrain>(partyId).AddNamedWork(work.Id);
            }
        }

        return work;
    }

    /// <inheritdoc />
    public async Task<NamedRoleAnswer> AnswerRole(string partyId, bool accept)
    {
        var work = state.State.Work ?? throw new KeyNotFoundException($"No work has id '{this.GetPrimaryKeyString()}'.");
        var decision = NamedRoles.Answer(work.Named?.Select(n => n.ToDomain()).ToList(), partyId, accept, time.GetUtcNow());
        if (decision.Refusal is { } refusal)
        {
            return new NamedRoleAnswer(work, refusal, decision.Message);
        }

        var named = decision.Named!.Select(NamedRoleView.From).ToList();
        if (!named.SequenceEqual(work.Named!))
        {
            state.State.Work = work with { Named = named };
            await state.WriteStateAsync();
        }

        // Written even when nothing changed, so a retry after a crash lists a work that became for sale.
        await WriteCatalogEntryAsync(state.State.Work);
        return new NamedRoleAnswer(state.State.Work, null, null);
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

    // A work not for sale (someone named on it has not accepted) has no catalog entry: search, the storefront,
    // TDMRep and training-set imports all read the catalog, so none of them offers or uses it.
    private async Task WriteCatalogEntryAsync(WorkView work)
    {
        await using var session = store.LightweightSession();
        if (work.IsForSale)
        {
            var artist = await GrainFactory.GetGrain<IPartyGrain>(work.ArtistId).Get();
            session.Store(CatalogEntries.From(work, artist?.DisplayName ?? ""));
        }
        else
        {
            session.Delete<CatalogEntry>(work.Id);
        }

        await session.SaveChangesAsync();
    }
}
