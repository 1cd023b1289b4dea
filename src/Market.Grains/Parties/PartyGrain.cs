using Marten;
using Market.Contracts.Parties;
using Market.Store.Parties;

namespace Market.Grains.Parties;

/// <summary>Holds one account and the index of its works.</summary>
public sealed class PartyGrain(
    [PersistentState("party", GrainStorage.Name)] IPersistentState<PartyState> state,
    IDocumentStore store,
    TimeProvider time) : Grain, IPartyGrain
{
    /// <inheritdoc />
    public async Task<PartyView> Register(RegisterParty command)
    {
        if (state.State.Party is { } existing)
        {
            return existing;
        }

        var party = new PartyView(this.GetPrimaryKeyString(), command.DisplayName, command.Email, command.Roles, [], time.GetUtcNow());
        if (command.ApiKeyHash is { } hash)
        {
            // The key record goes first: if the grain write then fails, the key points at no party and authenticates nobody.
            await using var session = store.LightweightSession();
            session.Store(new ApiKeyRecord { Id = hash, PartyId = party.Id, Roles = [.. party.Roles], IssuedAt = party.OpenedAt });
            await session.SaveChangesAsync();
        }

        state.State.Party = party;
        await state.WriteStateAsync();
        return party;
    }

    /// <inheritdoc />
    public Task<PartyView?> Get() => Task.FromResult(state.State.Party);

    /// <inheritdoc />
    public async Task AddWork(string workId)
    {
        var party = state.State.Party ?? throw new InvalidOperationException($"Party {this.GetPrimaryKeyString()} is not registered.");
        if (party.WorkIds.Contains(workId))
        {
            return;
        }

        state.State.Party = party with { WorkIds = [.. party.WorkIds, workId] };
        await state.WriteStateAsync();
    }
}
