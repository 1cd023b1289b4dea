using Marten;
using Market.Contracts.Parties;
using Market.Domain.Parties;
using Market.Store.Parties;
using Microsoft.Extensions.Options;

namespace Market.Web.Demo;

/// <summary>Makes sure the configured admin API key authenticates an admin party.</summary>
public sealed class AdminBootstrap(IOptions<AdminOptions> options, IGrainFactory grains, IDocumentStore store, ILogger<AdminBootstrap> log) : IHostedService
{
    /// <summary>The admin party's fixed id.</summary>
    public const string AdminPartyId = "p_admin";

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ApiKey is not { Length: > 0 } key)
        {
            return;
        }

        var hash = ApiKeys.Hash(key);
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<ApiKeyRecord>(hash, cancellationToken) is null)
        {
            session.Store(new ApiKeyRecord { Id = hash, PartyId = AdminPartyId, Roles = [.. Roles.All], IssuedAt = DateTimeOffset.UtcNow });
            await session.SaveChangesAsync(cancellationToken);
        }

        await grains.GetGrain<IPartyGrain>(AdminPartyId).Register(new RegisterParty("Market admin", options.Value.Email, Roles.All, null, null));
        log.LogInformation("Admin API key is active for party {Party}", AdminPartyId);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
