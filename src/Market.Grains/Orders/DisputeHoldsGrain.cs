using Market.Contracts.Orders;

namespace Market.Grains.Orders;

/// <summary>A party's dispute holds, one per disputed order.</summary>
public sealed class DisputeHoldsGrain(
    [PersistentState("dispute-holds", GrainStorage.Name)] IPersistentState<DisputeHoldsState> state) : Grain, IDisputeHoldsGrain
{
    /// <inheritdoc />
    public async Task Freeze(DisputeHold hold)
    {
        if (state.State.ByOrder.GetValueOrDefault(hold.OrderId) == hold)
        {
            return;
        }

        state.State.ByOrder[hold.OrderId] = hold;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task Release(string orderId)
    {
        if (state.State.ByOrder.Remove(orderId))
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DisputeHold>> Get() =>
        Task.FromResult<IReadOnlyList<DisputeHold>>([.. state.State.ByOrder.Values.OrderBy(h => h.Since)]);
}

/// <summary>A party's dispute holds, by order id.</summary>
[GenerateSerializer, Alias("market.dispute-holds-state")]
public sealed class DisputeHoldsState
{
    /// <summary>The holds.</summary>
    [Id(0)]
    public Dictionary<string, DisputeHold> ByOrder { get; set; } = new(StringComparer.Ordinal);
}
