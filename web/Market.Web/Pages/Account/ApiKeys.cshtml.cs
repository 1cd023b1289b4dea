using Marten;
using Market.Contracts.Parties;
using Market.Domain.Parties;
using Market.Store.Parties;
using Market.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Account;

/// <summary>
/// A person's API keys for machines: create one (shown once, only its hash is kept), list and revoke.
/// A key carries the roles the person has when it is created.
/// </summary>
[Authorize]
public sealed class ApiKeysModel(PartyProvisioner parties, UserManager<MarketUser> users, IDocumentStore documents, IGrainFactory grains, TimeProvider time) : PageModel
{
    private static readonly string[] MarketRoles = [Roles.Buyer, Roles.Artist, Roles.Operator, Roles.Admin];

    /// <summary>The person's keys, newest first.</summary>
    public IReadOnlyList<ApiKeyRecord> Keys { get; private set; } = [];

    /// <summary>The key just created: shown on this response only, never stored.</summary>
    public string? NewKey { get; private set; }

    /// <summary>What the last action did.</summary>
    public string? Message { get; private set; }

    /// <summary>Lists the keys.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Creates a key with the person's current roles and shows it once.</summary>
    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var partyId = await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        var roles = (await users.GetRolesAsync(user)).Where(MarketRoles.Contains).Order(StringComparer.Ordinal).ToList();
        var key = ApiKeys.Generate();
        await using (var session = documents.LightweightSession())
        {
            session.Store(new ApiKeyRecord { Id = ApiKeys.Hash(key), PartyId = partyId, Roles = roles, IssuedAt = time.GetUtcNow() });
            await session.SaveChangesAsync(cancellationToken);
        }

        NewKey = key;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Revokes one of the person's keys; from then on it authenticates nobody.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        var partyId = await parties.EnsurePartyAsync(User);
        await using (var session = documents.LightweightSession())
        {
            var record = await session.LoadAsync<ApiKeyRecord>(keyId, cancellationToken);
            if (record is null || record.PartyId != partyId) return NotFound();
            if (record.RevokedAt is null)
            {
                record.RevokedAt = time.GetUtcNow();
                session.Store(record);
                await session.SaveChangesAsync(cancellationToken);
            }
        }

        await grains.GetGrain<IApiKeyGrain>(keyId).Forget();

        Message = $"Key …{keyId[^4..]} is revoked; requests with it now get 401.";
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var partyId = await parties.EnsurePartyAsync(User);
        await using var session = documents.QuerySession();
        Keys = await session.Query<ApiKeyRecord>().Where(k => k.PartyId == partyId).OrderByDescending(k => k.IssuedAt).ToListAsync(cancellationToken);
    }
}
