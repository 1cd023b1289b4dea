using System.Net;
using System.Text.RegularExpressions;
using Market.Domain.Parties;
using Market.Web.Identity;
using Market.Web.Tests.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests;

/// <summary>
/// A person using the site over HTTP as a browser would: cookies kept, redirects not followed (so
/// tests see them), every form post carrying the antiforgery token of the page it came from.
/// </summary>
public sealed partial class SiteUser : IDisposable
{
    /// <summary>The passphrase every test person registers with.</summary>
    public const string Passphrase = "a long passphrase of words";

    private SiteUser(MarketApp app, string email)
    {
        Email = email;
        Cookies = new CookieContainer();
        Browser = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
    }

    /// <summary>The person's email, which is also their user name.</summary>
    public string Email { get; }

    /// <summary>The browser's cookie jar.</summary>
    public CookieContainer Cookies { get; }

    /// <summary>The browser.</summary>
    public HttpClient Browser { get; }

    /// <summary>Someone who has not signed in (or registered) yet.</summary>
    public static SiteUser Visitor(MarketApp app, string prefix) => new(app, $"{prefix}{Guid.NewGuid():N}"[..20] + "@example.com");

    /// <summary>Registers a new person on the site; they are signed in afterwards.</summary>
    public static async Task<SiteUser> RegisterAsync(MarketApp app, string prefix)
    {
        var user = Visitor(app, prefix);
        var registered = await user.PostFormAsync("/Identity/Account/Register", new()
        {
            ["Input.Email"] = user.Email, ["Input.Password"] = Passphrase, ["Input.ConfirmPassword"] = Passphrase,
        });
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect, await registered.Content.ReadAsStringAsync());
        return user;
    }

    /// <summary>A person made directly with <paramref name="roles"/> (admin is granted, not chosen), then signed in on the site.</summary>
    public static async Task<SiteUser> SignInWithRolesAsync(MarketApp app, string prefix, params string[] roles)
    {
        var user = Visitor(app, prefix);
        string? sharedKey;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MarketUser>>();
            var created = new MarketUser { UserName = user.Email, Email = user.Email };
            (await users.CreateAsync(created, Passphrase)).Succeeded.ShouldBeTrue();
            (await users.AddToRolesAsync(created, roles)).Succeeded.ShouldBeTrue();
            sharedKey = roles.Contains(Roles.Admin) ? await PageSignIn.EnrolAuthenticatorAsync(users, created) : null;
        }

        var signedIn = await user.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = user.Email, ["Input.Password"] = Passphrase });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        if (sharedKey is not null)
        {
            // Admin pages need a two-factor sign-in.
            var second = await user.PostFormAsync(signedIn.Headers.Location!.ToString(), new()
            {
                ["Input.TwoFactorCode"] = Totp.Code(sharedKey, DateTimeOffset.UtcNow),
                ["Input.RememberMachine"] = "false",
            });
            second.StatusCode.ShouldBe(HttpStatusCode.Redirect, await second.Content.ReadAsStringAsync());
        }

        return user;
    }

    /// <summary>Opens the page at <paramref name="path"/> (its handler query left off) and posts its form with <paramref name="fields"/>.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields) =>
        PostFormAsync(path.Split('?')[0], path, fields);

    /// <summary>
    /// Posts <paramref name="fields"/> to <paramref name="path"/> with the antiforgery token of the page at
    /// <paramref name="tokenPage"/>: a token belongs to the person, not the page, so this reaches forms
    /// whose own page the person may not open.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string tokenPage, string path, Dictionary<string, string> fields)
    {
        var html = await Browser.GetStringAsync(tokenPage);
        var token = FormTokens.From(html);
        token.ShouldNotBeEmpty($"{tokenPage} has no antiforgery token");
        fields["__RequestVerificationToken"] = token;
        return await Browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>Takes on the operator role through the site.</summary>
    public async Task BecomeOperatorAsync()
    {
        var became = await PostFormAsync("/Operator/Become", []);
        became.StatusCode.ShouldBe(HttpStatusCode.Redirect, await became.Content.ReadAsStringAsync());
    }

    /// <summary>Creates an API key on the account page; it carries the roles the person has now.</summary>
    public async Task<string> CreateApiKeyAsync()
    {
        var created = await PostFormAsync("/Account/ApiKeys?handler=Create", []);
        var html = await created.Content.ReadAsStringAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        var key = NewKey().Match(html).Groups[1].Value;
        key.ShouldNotBeEmpty("the page showed no new key");
        return key;
    }

    /// <summary>The person's party id (provisioned the first time they used a page that needs one).</summary>
    public async Task<string> PartyIdAsync(MarketApp app)
    {
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<MarketUser>>().FindByEmailAsync(Email);
        return user?.PartyId ?? throw new InvalidOperationException($"{Email} has no party yet.");
    }

    /// <inheritdoc />
    public void Dispose() => Browser.Dispose();

    [GeneratedRegex("data-testid=\"new-key\">([^<]+)<")]
    private static partial Regex NewKey();
}
