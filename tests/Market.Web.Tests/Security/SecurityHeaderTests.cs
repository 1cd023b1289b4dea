using System.Net;
using Market.Web.Tests.Api;

namespace Market.Web.Tests.Security;

public sealed class SecurityHeaderTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/api/v1/catalog")]
    [InlineData("/.well-known/tdmrep.json")]
    public async Task MainPagesCarryTheSecurityHeaders(string path)
    {
        using var client = app.Anonymous();
        ShouldCarryTheSecurityHeaders(await client.GetAsync(path));
    }

    [Fact]
    public async Task WorkPagesDashboardsAndAdminPagesCarryTheSecurityHeaders()
    {
        var (_, artistKey) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(artistKey);
        var workId = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid("Headers"));
        using var person = await SiteUser.RegisterAsync(app, "headers");
        using var admin = await SiteUser.SignInWithRolesAsync(app, "admin", "admin");

        foreach (var path in new[] { $"/Works/{workId}", $"/works/{workId}/preview", "/Dashboard", "/Dashboard/Statements", "/Account/ApiKeys", "/Identity/Account/Manage/TwoFactorAuthentication" })
            ShouldCarryTheSecurityHeaders(await person.Browser.GetAsync(path), path);
        foreach (var path in new[] { "/Admin/PayoutRuns" })
            ShouldCarryTheSecurityHeaders(await admin.Browser.GetAsync(path), path);
    }

    [Fact]
    public async Task OnlyTheApiReferencePageAdmitsItsOwnNoncedScriptAndInlineStyles()
    {
        using var client = app.Anonymous();
        var first = await client.GetAsync("/api/docs/");
        var second = await client.GetAsync("/api/docs/");
        ShouldCarryTheSecurityHeaders(first, "/api/docs/");

        var policy = first.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "script-src 'self' 'nonce-([^']+)'").Groups[1].Value;
        nonce.Length.ShouldBeGreaterThanOrEqualTo(16);
        policy.ShouldContain("style-src 'self' 'unsafe-inline'");
        (await first.Content.ReadAsStringAsync()).ShouldContain($"nonce=\"{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(nonce)}\"");
        second.Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain(nonce);
        first.Headers.CacheControl!.NoStore.ShouldBeTrue();

        foreach (var path in new[] { "/", "/api/docs/scalar.js", "/openapi/v1.json" })
        {
            var strict = (await client.GetAsync(path)).Headers.GetValues("Content-Security-Policy").Single();
            strict.ShouldContain("script-src 'self';", customMessage: path);
            strict.ShouldContain("style-src 'self';", customMessage: path);
        }
    }

    private static void ShouldCarryTheSecurityHeaders(HttpResponseMessage response, string? path = null)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("object-src 'none'");
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }
}
