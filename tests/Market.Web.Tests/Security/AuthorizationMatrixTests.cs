using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Security;

public sealed class AuthorizationMatrixTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task EveryRouteWithAnIdRefusesAnonymousCallersAndOtherParties()
    {
        var mapped = MappedRoutesWithParameters();
        var failures = new List<string>();
        failures.AddRange(mapped.Except(AccessMatrix.Rules.Select(r => r.Route)).Select(r => $"{r}: mapped, but AccessMatrix does not say who may call it"));
        failures.AddRange(AccessMatrix.Rules.Select(r => r.Route).Except(mapped).Select(r => $"{r}: in AccessMatrix, but not mapped"));

        using var resources = await OwnedResources.CreateAsync(app);
        var calls = 0;
        foreach (var rule in AccessMatrix.Rules.Where(r => r.PublicBecause is null))
        {
            foreach (var (who, response, shouldPass) in await CallAsync(rule, resources))
            {
                calls++;
                var location = response.Headers.Location?.ToString() ?? "";
                var ok = shouldPass ? response.StatusCode == HttpStatusCode.OK : Refused(response.StatusCode, location);
                if (!ok) failures.Add($"{rule.Route} as {who}: {(int)response.StatusCode} {location}".TrimEnd());
            }
        }

        failures.ShouldBeEmpty();
        calls.ShouldBeGreaterThan(60);
    }

    // Refused: not signed in (401, or sent to sign in), not allowed (403, or sent to access denied), or
    // not found — never an answer with someone else's data.
    private static bool Refused(HttpStatusCode status, string location) =>
        status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound ||
        (status == HttpStatusCode.Redirect &&
         (location.Contains("/Identity/Account/Login", StringComparison.Ordinal) || location.Contains("/Identity/Account/AccessDenied", StringComparison.Ordinal)));

    private async Task<List<(string Who, HttpResponseMessage Response, bool ShouldPass)>> CallAsync(AccessRule rule, OwnedResources r)
    {
        var path = rule.Path!(r);
        var method = rule.Method == "PAGE" ? "GET" : rule.Method;
        var isRead = method == "GET";
        using var anonymous = SiteUser.Visitor(app, "anon");
        var results = new List<(string, HttpResponseMessage, bool)> { ("anonymous", await SendAsync(anonymous.Browser, method, path), false) };
        switch (rule.Guard)
        {
            case Guard.PartyKey:
                results.Add(("another party's key", await SendWithKeyAsync(r.IntruderKey, method, path), false));
                if (isRead) results.Add(("the owner's key", await SendWithKeyAsync(r.OwnerKey, method, path), true));
                break;
            case Guard.AdminKey:
                results.Add(("a non-admin key", await SendWithKeyAsync(r.IntruderKey, method, path), false));
                results.Add(("the resource owner's non-admin key", await SendWithKeyAsync(r.OwnerKey, method, path), false));
                if (isRead) results.Add(("the admin key", await SendWithKeyAsync(MarketApp.AdminKey, method, path), true));
                break;
            case Guard.Licensee:
                results.Add(("another party's key", await SendWithKeyAsync(r.IntruderKey, method, path), false));
                results.Add(("another signed-in person", await SendAsync(r.Intruder.Browser, method, path), false));
                results.Add(("the licensee's key", await SendWithKeyAsync(r.OwnerKey, method, path), true));
                results.Add(("the signed-in licensee", await SendAsync(r.Owner.Browser, method, path), true));
                break;
            case Guard.OwnerPage:
            case Guard.AdminPage:
                var owns = rule.Guard == Guard.OwnerPage;
                results.Add(("another signed-in person", await SendAsync(r.Intruder.Browser, method, path), false));
                results.Add((owns ? "the signed-in owner" : "a signed-in non-admin owner", await SendAsync(r.Owner.Browser, method, path), owns));
                foreach (var handler in rule.PostHandlers)
                {
                    var target = handler.Length == 0 ? path : $"{path}?handler={handler}";
                    results.Add(($"another signed-in person posting {handler} (with a valid token)", await r.Intruder.PostFormAsync("/Account/ApiKeys", target, []), false));
                }

                break;
            case Guard.SelfPage:
                results.Add(("the signed-in person (their own data)", await SendAsync(r.Owner.Browser, method, path), true));
                break;
        }

        return results;
    }

    private async Task<HttpResponseMessage> SendWithKeyAsync(string key, string method, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return await SendAsync(client, method, path);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) });

    // Every endpoint the app maps with a route parameter: API and files by method, pages as PAGE.
    private HashSet<string> MappedRoutesWithParameters() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0)
            .SelectMany(e =>
            {
                var pattern = "/" + e.RoutePattern.RawText!.TrimStart('/');
                return e.Metadata.GetMetadata<PageActionDescriptor>() is not null
                    ? ["PAGE " + pattern]
                    : (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {pattern}");
            })
            .ToHashSet();
}
