using System.Security.Claims;
using System.Text.Encodings.Web;
using Market.Contracts.Parties;
using Market.Domain.Parties;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Market.Web.Api;

/// <summary>
/// Authenticates machines by <c>Authorization: Bearer &lt;apiKey&gt;</c>, asking the grain of the key's
/// hash (which keeps the record in memory) instead of reading the database on every request.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IGrainFactory grains) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>Claim type that carries the party id, for people and machines alike.</summary>
    public const string PartyClaim = "market:party";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var key = header["Bearer ".Length..].Trim();
        var record = await grains.GetGrain<IApiKeyGrain>(ApiKeys.Hash(key)).Authenticate();
        if (record is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var claims = new List<Claim> { new(PartyClaim, record.PartyId), new(ClaimTypes.NameIdentifier, record.PartyId) };
        claims.AddRange(record.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
