using Market.Contracts.Idempotency;

namespace Market.Grains.Idempotency;

/// <summary>The first request to use an idempotency key; the grain's single activation makes concurrent claims take turns.</summary>
public sealed class RequestKeyGrain(
    [PersistentState("request-key", GrainStorage.Name)] IPersistentState<RequestKeyState> state) : Grain, IRequestKeyGrain
{
    /// <inheritdoc />
    public async Task<bool> Claim(string fingerprint)
    {
        if (state.State.Fingerprint is { } first)
        {
            return first == fingerprint;
        }

        state.State.Fingerprint = fingerprint;
        await state.WriteStateAsync();
        return true;
    }
}

/// <summary>The fingerprint of the request that claimed the key; null while free.</summary>
[GenerateSerializer, Alias("market.request-key-state")]
public sealed class RequestKeyState
{
    /// <summary>The first request's fingerprint.</summary>
    [Id(0)]
    public string? Fingerprint { get; set; }
}
