using Market.Domain.Parties;
using Market.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace Market.Web.Demo;

/// <summary>
/// Gives the web admin role to the account registered with <c>Market:Admin:Email</c>: the one way a
/// real deployment gets an admin who can open <c>/Admin</c>. The account must exist (register it on
/// the site first, then start or restart Market with the setting); admin pages then also demand 2FA.
/// </summary>
public sealed class AdminWebRole(IServiceProvider services, ILogger<AdminWebRole> log)
{
    /// <summary>Grants the role to the account with <paramref name="email"/>, if there is one; nothing when no email is configured.</summary>
    public async Task GrantAsync(string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email)) return;
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MarketUser>>();
        var user = await users.FindByEmailAsync(email.Trim());
        cancellationToken.ThrowIfCancellationRequested();
        if (user is null)
        {
            log.LogWarning("No account is registered with the admin email {Email}: register it, then restart to make it an admin", email);
            return;
        }

        if (await users.IsInRoleAsync(user, Roles.Admin)) return;
        var granted = await users.AddToRoleAsync(user, Roles.Admin);
        if (!granted.Succeeded)
        {
            throw new InvalidOperationException($"Could not make {email} an admin: {string.Join("; ", granted.Errors.Select(e => e.Description))}");
        }

        log.LogInformation("The account registered with {Email} is now a web admin", email);
    }
}
