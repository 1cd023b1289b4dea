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
    public async Task<PartyView> AddRole(string role)
    {
        var party = state.State.Party ?? throw new InvalidOperationException($"Party {this.GetPrimaryKeyString()} is not registered.");
        if (party.Roles.Contains(role))
        {
            return party;
        }

        state.State.Party = party with { Roles = [.. party.Roles, role] };
        await state.WriteStateAsync();
        return state.State.Party;
    }

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

    /// <inheritdoc />
    public async Task AddNamedWork(string workId)
    {
        if (state.State.NamedWorks.Contains(workId))
        {
            return;
        }

        state.State.NamedWorks.Add(workId);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> NamedWorks() => Task.FromResult<IReadOnlyList<string>>([.. state.State.NamedWorks]);

    /// <inheritdoc />
    public async Task<string> OpenOrderFor(string itemsKey)
    {
        if (!state.State.OpenOrders.TryGetValue(itemsKey, out var orderId))
        {
            orderId = "o_" + Guid.NewGuid().ToString("N");
            state.State.OpenOrders[itemsKey] = orderId;
            await state.WriteStateAsync();
        }

        return orderId;
    }

    /// <inheritdoc />
    public async Task OrderSettled(string orderId)
    {
        var keys = state.State.OpenOrders.Where(o => o.Value == orderId).Select(o => o.Key).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        keys.ForEach(key => state.State.OpenOrders.Remove(key));
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CartItem>> Cart() => Task.FromResult<IReadOnlyList<CartItem>>([.. state.State.Cart]);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CartItem>> AddToCart(CartItem item)
    {
        if (!state.State.Cart.Contains(item))
        {
            state.State.Cart.Add(item);
            await state.WriteStateAsync();
        }

        return [.. state.State.Cart];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CartItem>> RemoveFromCart(CartItem item)
    {
        if (state.State.Cart.Remove(item))
        {
            await state.WriteStateAsync();
        }

        return [.. state.State.Cart];
    }

    /// <inheritdoc />
    public async Task ClearCart()
    {
        if (state.State.Cart.Count > 0)
        {
            state.State.Cart.Clear();
            await state.WriteStateAsync();
        }
    }
}
