using Market.Domain.Parties;
using Market.Web.Identity;
using Market.Web.Tests.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Market.Web.Tests.Browser;

/// <summary>People who sign in on the site in a browser.</summary>
internal static class People
{
    public const string Password = "a long passphrase of words";

    /// <summary>
    /// Creates a person holding <paramref name="roles"/> (roles nobody can pick on the register page, such as admin),
    /// acting as <paramref name="partyId"/> when given (e.g. a demo artist), and signs them in.
    /// </summary>
    public static async Task SignInAsync(MarketApp app, IPage page, string? partyId, params string[] roles)
    {
        var email = $"person{Guid.NewGuid():N}"[..20] + "@example.com";
        string? sharedKey;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MarketUser>>();
            var user = new MarketUser { UserName = email, Email = email, PartyId = partyId };
            (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
            (await users.AddToRolesAsync(user, roles)).Succeeded.ShouldBeTrue();
            sharedKey = roles.Contains(Roles.Admin) ? await PageSignIn.EnrolAuthenticatorAsync(users, user) : null;
        }

        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        if (sharedKey is not null)
        {
            // Admins sign in with two factors: admin pages ask for it.
            await page.WaitForURLAsync(url => url.Contains("LoginWith2fa", StringComparison.Ordinal));
            await page.Locator("#Input_TwoFactorCode").FillAsync(Totp.Code(sharedKey, DateTimeOffset.UtcNow));
            await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        }

        await page.WaitForURLAsync(url => !url.Contains("/Login", StringComparison.Ordinal));
    }

    /// <summary>Saves a full-page screenshot as <c>{folder}/{name}.png</c>.</summary>
    public static Task ShootAsync(IPage page, string folder, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
}
