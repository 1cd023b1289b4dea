using System.Net;

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
        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("script-src 'self'");
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }
}
