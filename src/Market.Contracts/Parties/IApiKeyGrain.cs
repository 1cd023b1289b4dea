namespace Market.Contracts.Parties;

/// <summary>
/// One API key, keyed by its hash: answers who the key acts for from memory, so a machine's requests
/// do not each read the database. Every change to the key's record made through Market tells the grain
/// (<see cref="Forget"/>); one activation serves the whole cluster, so a revocation holds on every node
/// at once.
/// </summary>
public interface IApiKeyGrain : IGrainWithStringKey
{
    /// <summary>The party and roles the key acts for, or null when it is unknown or revoked.</summary>
    Task<ApiKeyGrant?> Authenticate();

    /// <summary>The key's record changed (revoked, reinstated): read it again on the next request.</summary>
    Task Forget();
}

/// <summary>Whom an API key acts for.</summary>
[GenerateSerializer, Immutable, Alias("market.api-key-grant")]
public sealed record ApiKeyGrant([property: Id(0)] string PartyId, [property: Id(1)] IReadOnlyList<string> Roles);
