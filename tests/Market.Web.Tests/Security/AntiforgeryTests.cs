using System.Net;
using System.Text.RegularExpressions;
using Market.Web.Orders;
using Market.Web.Tests.Api;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Security;

public sealed partial class AntiforgeryTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task EveryPostFormCarriesATokenAndAPostWithoutOneIsRejected()
    {
        using var resources = await OwnedResources.CreateAsync(app);
        using var admin = await SiteUser.SignInWithRolesAsync(app, "admin", "admin");
        var failures = new List<string>();
        var forms = new List<string>();
        foreach (var path in PagePaths(resources, failures))
        {
            var person = path.StartsWith("/Admin", StringComparison.OrdinalIgnoreCase) ? admin : resources.Owner;
            var page = await person.Browser.GetAsync(path);
            if (page.StatusCode != HttpStatusCode.OK) continue;   // a page that needs a query or a flow first shows no form to check
            foreach (Match form in PostForm().Matches(await page.Content.ReadAsStringAsync()))
            {
                var action = WebUtility.HtmlDecode(Action().Match(form.Groups[1].Value) is { Success: true } a ? a.Groups[1].Value : path);
                forms.Add($"{path} -> {action}");
                if (action == CartAddEndpoint.Route)
                {
                    // On a page stored for every anonymous visitor: no token of one visitor's; its own test below checks the origin guard.
                    if (form.Value.Contains("__RequestVerificationToken", StringComparison.Ordinal)) failures.Add($"{path}: the add-to-cart form carries a token, so its page cannot be shared");
                    continue;
                }

                if (!form.Value.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal)) failures.Add($"{path}: a form posting to {action} has no antiforgery token");
                var bare = await person.Browser.PostAsync(action, new FormUrlEncodedContent([]));
                if (bare.StatusCode != HttpStatusCode.BadRequest) failures.Add($"{path}: a post to {action} without a token answered {(int)bare.StatusCode}");
            }
        }

        failures.ShouldBeEmpty();
        forms.Count.ShouldBeGreaterThan(20, string.Join("\n", forms));
        foreach (var mustHaveForms in new[] { $"/Works/{resources.WorkId}", "/Cart", "/Account/ApiKeys", "/Works/Upload", "/Identity/Account/Login", "/Identity/Account/Manage/EnableAuthenticator", $"/Dashboard/Consent/{resources.WorkId}", $"/Admin/Orders/{resources.OrderId}" })
            forms.ShouldContain(f => f.StartsWith(mustHaveForms + " ", StringComparison.Ordinal), $"{mustHaveForms} showed no form");
    }

    [Fact]
    public void OnlyTheKeyedApiTheSignedStripeWebhookAndTheOriginCheckedCartAddSkipAntiforgery()
    {
        var skipping = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: false })
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();

        // The API authenticates by bearer key, never by cookie, so a forged cross-site post carries no credentials;
        // the webhook proves itself with Stripe's signature over the raw body; adding to the cart checks the
        // request's origin (the test below), because its form sits on a page shared by every visitor.
        skipping.ShouldContain("/webhooks/stripe");
        skipping.ShouldContain(CartAddEndpoint.Route);
        skipping.ShouldAllBe(p => p == "/webhooks/stripe" || p == CartAddEndpoint.Route || p.StartsWith("/api/v1/", StringComparison.Ordinal) || p == "/api/v1");
    }

    [Fact]
    public async Task AddingToTheCartIsRefusedFromAnotherSiteAndAcceptedFromThisOne()
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(key);
        var workId = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid("Origin Probe Harbour"));
        using var buyer = SiteUser.Visitor(app, "buyer");
        var registered = await buyer.PostFormAsync("/Identity/Account/Register", new()
        {
            ["Input.Email"] = buyer.Email, ["Input.Password"] = SiteUser.Passphrase, ["Input.ConfirmPassword"] = SiteUser.Passphrase,
        });
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        registered.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal))
            .ShouldContain("samesite=lax", Case.Insensitive, "browsers must not send the sign-in cookie with another site's post");
        var self = app.BaseAddress.GetLeftPart(UriPartial.Authority);

        foreach (var (header, value) in new[] { ("Origin", "https://shop.evil.example"), ("Origin", "null"), ("Origin", self + ".evil.example"),
                     ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Site", "same-site"), ("", "") })
        {
            using var refused = await AddToCartAsync(buyer, workId, "personal", header, value);
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{header}: {value}");
            (await refused.Content.ReadAsStringAsync()).ShouldContain("Cross-site request refused");
        }

        (await buyer.Browser.GetStringAsync("/Cart")).ShouldContain("Your cart is empty");

        using var fromTheWorkPage = await AddToCartAsync(buyer, workId, "personal", "Origin", self);
        using var withoutOrigin = await AddToCartAsync(buyer, workId, "standard", "Sec-Fetch-Site", "same-origin");

        fromTheWorkPage.StatusCode.ShouldBe(HttpStatusCode.Redirect, await fromTheWorkPage.Content.ReadAsStringAsync());
        fromTheWorkPage.Headers.Location!.ToString().ShouldBe("/Cart");
        withoutOrigin.StatusCode.ShouldBe(HttpStatusCode.Redirect, await withoutOrigin.Content.ReadAsStringAsync());
        var cart = await buyer.Browser.GetStringAsync("/Cart");
        CartRow().Matches(cart).Select(m => m.Groups[1].Value).ShouldBe(["personal", "standard"]);
    }

    private static Task<HttpResponseMessage> AddToCartAsync(SiteUser buyer, string workId, string tier, string header, string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, CartAddEndpoint.Route)
        {
            Content = new FormUrlEncodedContent([new("workId", workId), new("tier", tier)]),
        };
        if (header.Length > 0) request.Headers.Add(header, value);
        return buyer.Browser.SendAsync(request);
    }

    // Every page the app maps: plain routes as they are, routes with an id aimed at the owner's resources.
    private IEnumerable<string> PagePaths(OwnedResources resources, List<string> failures)
    {
        var withIds = AccessMatrix.Rules.Where(r => r.Method == "PAGE").ToDictionary(r => r.Route[5..]);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null))
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.RoutePattern.Parameters.Count == 0) yield return pattern;
            else if (withIds.TryGetValue(pattern, out var rule) && rule.Path is not null) yield return rule.Path(resources);
            else failures.Add($"{pattern}: no resource to open it with (give its AccessMatrix rule a path)");
        }
    }

    [GeneratedRegex("<form\\b([^>]*\\bmethod=\"post\"[^>]*)>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    [GeneratedRegex("\\baction=\"([^\"]*)\"")]
    private static partial Regex Action();

    [GeneratedRegex("<td class=\"text-capitalize\">([a-z]+)</td>")]
    private static partial Regex CartRow();
}
