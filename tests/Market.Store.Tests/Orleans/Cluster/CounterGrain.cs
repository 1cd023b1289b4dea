using Orleans;
using Orleans.Runtime;

namespace Market.Store.Tests.Orleans.Cluster;

/// <summary>A counter kept in the "market" grain storage.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one and persists; returns the new count.</summary>
    Task<int> Increment();

    /// <summary>The current count.</summary>
    Task<int> Count();

    /// <summary>Identifies the activation, to tell a fresh one from the old.</summary>
    Task<Guid> Activation();

    /// <summary>Deactivates after this call, so the next call reads the state from storage.</summary>
    Task Deactivate();
}

/// <summary>The counter's persisted state.</summary>
[GenerateSerializer, Alias("Market.Store.Tests.CounterState")]
public sealed class CounterState
{
    /// <summary>The count.</summary>
    [Id(0)]
    public int Count { get; set; }
}

/// <summary>Keeps <see cref="CounterState"/> with <c>[PersistentState("state", "market")]</c>.</summary>
public sealed class CounterGrain([PersistentState("state", "market")] IPersistentState<CounterState> state)
    : Grain, ICounterGrain
{
    private readonly Guid _activation = Guid.NewGuid();

    /// <inheritdoc />
    public async Task<int> Increment()
    {
        state.State.Count++;
        await state.WriteStateAsync();
        return state.State.Count;
    }

    /// <inheritdoc />
    public Task<int> Count() => Task.FromResult(state.State.Count);

    /// <inheritdoc />
    public Task<Guid> Activation() => Task.FromResult(_activation);

    /// <inheritdoc />
    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
