using Marten;
using Market.Contracts.Parties;
using Market.Domain.Parties;
using Market.Store.Parties;
using Microsoft.Extensions.Options;

namespace Market.Web.Demo;

/// <summary>
/// Makes the configuration the authority on who administers Market, at every start: the configured
/// admin API key authenticates the admin party and every earlier admin key is revoked; the person
/// registered with the configured admin email holds the web admin role (<see cref="AdminWebRole"/>).
/// </summary>
public sealed class AdminBootstrap(
    IOptions<AdminOptions> options, IGrainFactory grains, IDocumentStore store, AdminWebRole webRole, TimeProvider time, ILogger<AdminBootstrap> log) : IHostedService
{
    /// <summary>The admin party's fixed id.</summary>
    public const string AdminPartyId = "p_admin";

    /// <summary>The admin party's email when none is configured.</summary>
    public const string DefaultPartyEmail = "admin@market.local";

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value.ApiKey is { Length: > 0 } key ? ApiKeys.Hash(key) : null;
        await RevokeOtherAdminKeysAsync(configured, cancellationToken);
        if (configured is not null)
        {
            await ActivateAsync(configured, cancellationToken);
            await grains.GetGrain<IPartyGrain>(AdminPartyId).Register(new RegisterParty("Market admin", options.Value.Email ?? DefaultPartyEmail, Roles.All, null, null));
            log.LogInformation("Admin API key is active for party {Party}", AdminPartyId);
        }

        await webRole.GrantAsync(options.Value.Email, cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // A rotated (or removed) key must stop working at once: a leaked old key is why keys are rotated.
    private async Task RevokeOtherAdminKeysAsync(string? configured, CancellationToken cancellationToken)
    {
        var keep = configured ?? "";
        await using var session = store.LightweightSession();
        var stale = await session.Query<ApiKeyRecord>()
            .Where(r => r.PartyId == AdminPartyId && r.RevokedAt == null && r.Id != keep)
            .ToListAsync(cancellationToken);
        if (stale.Count == 0) return;
        foreach (var record in stale)
        {
            record.RevokedAt = time.GetUtcNow();
            session.Store(record);
        }

        await session.SaveChangesAsync(cancellationToken);
        foreach (var record in stale)
        {
            await grains.GetGrain<IApiKeyGrain>(record.Id).Forget();   // another node may hold it in memory
        }

        log.LogWarning("Revoked {Count} admin API key(s) that are no longer configured", stale.Count);
    }

    private async Task ActivateAsync(string hash, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var record = await session.LoadAsync<ApiKeyRecord>(hash, cancellationToken);
        if (record is { RevokedAt: null }) return;
        record ??= new ApiKeyRecord { Id = hash, PartyId = AdminPartyId, Roles = [.. Roles.All], IssuedAt = time.GetUtcNow() };
        record.RevokedAt = null;   // configured again after a rotation: the configuration decides
        session.Store(record);
        await session.SaveChangesAsync(cancellationToken);
        await grains.GetGrain<IApiKeyGrain>(hash).Forget();   // a revoked copy may still be held in memory
    }
}
