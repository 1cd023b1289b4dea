using System.Net;
using Market.Domain.Parties;
using Market.Web.Identity;
using Market.Web.Tests.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests;

/// <summary>A person signed in to the site with its cookie, as a browser would be, in a given role, optionally acting as an existing party.</summary>
public static class PageSignIn
{
    /// <summary>
    /// Creates a user in <paramref name="role"/> (linked to <paramref name="partyId"/> when given), signs them in and
    /// returns a client that keeps the cookie and does not follow redirects. Admins sign in with two factors
    /// (admin pages require it) unless <paramref name="passwordOnly"/>.
    /// </summary>
    public static async Task<HttpClient> AsAsync(MarketApp app, string role, string? partyId = null, bool passwordOnly = false)
    {
        var email = $"{role}{Guid.NewGuid():N}"[..20] + "@example.com";
        const string password = "a long passphrase of words";
        string? sharedKey;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MarketUser>>();
            var user = new MarketUser { UserName = email, Email = email, PartyId = partyId };
            (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
            sharedKey = role == Roles.Admin && !passwordOnly ? await EnrolAuthenticatorAsync(users, user) : null;
        }

        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        var login = await browser.GetStringAsync("/Identity/Account/Login");
        var signedIn = await browser.PostAsync("/Identity/Account/Login", Form(login, ("Input.Email", email), ("Input.Password", password), ("Input.RememberMe", "false")));
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        if (sharedKey is not null)
        {
            // Admin pages need a two-factor sign-in: the second step, with the authenticator's code.
            var secondStep = signedIn.Headers.Location!.ToString();
            secondStep.ShouldContain("LoginWith2fa");
            var page = await browser.GetStringAsync(secondStep);
            var second = await browser.PostAsync(secondStep, Form(page, ("Input.TwoFactorCode", Totp.Code(sharedKey, DateTimeOffset.UtcNow)), ("Input.RememberMachine", "false")));
            second.StatusCode.ShouldBe(HttpStatusCode.Redirect, await second.Content.ReadAsStringAsync());
        }

        return browser;
    }

    /// <summary>Gives <paramref name="user"/> an authenticator and turns two-factor sign-in on; returns the shared key.</summary>
    public static async Task<string> EnrolAuthenticatorAsync(UserManager<MarketUser> users, MarketUser user)
    {
        (await users.ResetAuthenticatorKeyAsync(user)).Succeeded.ShouldBeTrue();
        (await users.SetTwoFactorEnabledAsync(user, true)).Succeeded.ShouldBeTrue();
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>A form post of <paramref name="fields"/> with the page's antiforgery token.</summary>
    public static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Name, f => f.Value);
        values["__RequestVerificationToken"] = FormTokens.From(page);
        return new FormUrlEncodedContent(values);
    }
}
