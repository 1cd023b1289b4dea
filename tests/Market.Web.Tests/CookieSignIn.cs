using System.Net;
using Market.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests;

/// <summary>A person signed in with the site's cookie, as a browser would be, optionally acting as an existing party.</summary>
public static class CookieSignIn
{
    /// <summary>Creates a person in <paramref name="role"/> (linked to <paramref name="partyId"/> when given) and signs them in.</summary>
    public static async Task<HttpClient> AsAsync(MarketApp app, string role, string? partyId = null)
    {
        var email = $"{role}{Guid.NewGuid():N}"[..20] + "@example.com";
        const string password = "a long passphrase of words";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MarketUser>>();
            var user = new MarketUser { UserName = email, Email = email, PartyId = partyId };
            (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        }

        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        var login = await browser.GetStringAsync("/Identity/Account/Login");
        var form = new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["Input.RememberMe"] = "false", ["__RequestVerificationToken"] = FormTokens.From(login),
        };
        (await browser.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(form))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }
}
