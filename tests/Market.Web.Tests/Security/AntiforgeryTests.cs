using System.Net;
using System.Text.RegularExpressions;
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
                if (!form.Value.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal)) failures.Add($"{path}: a form posting to {action} has no antiforgery token");
                var bare = await person.Browser.PostAsync(action, new FormUrlEncodedContent([]));
                if (bare.StatusCode != HttpStatusCode.BadRequest) failures.Add($"{path}: a post to {action} without a token answered {(int)bare.StatusCode}");
            }
        }

        failures.ShouldBeEmpty();
        forms.Count.ShouldBeGreaterThan(20, string.Join("\n", forms));
        foreach (var mustHaveForms in new[] { "/Cart", "/Account/ApiKeys", "/Works/Upload", "/Identity/Account/Login", "/Identity/Account/Manage/EnableAuthenticator", $"/Dashboard/Consent/{resources.WorkId}", $"/Admin/Orders/{resources.OrderId}" })
            forms.ShouldContain(f => f.StartsWith(mustHaveForms + " ", StringComparison.Ordinal), $"{mustHaveForms} showed no form");
    }

    [Fact]
    public void OnlyTheKeyedApiAndTheSignedStripeWebhookSkipAntiforgery()
    {
        var skipping = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: false })
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToList();

        // The API authenticates by bearer key, never by cookie, so a forged cross-site post carries no credentials;
        // the webhook proves itself with Stripe's signature over the raw body.
        skipping.ShouldContain("/webhooks/stripe");
        skipping.ShouldAllBe(p => p == "/webhooks/stripe" || p.StartsWith("/api/v1/", StringComparison.Ordinal) || p == "/api/v1");
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
}
