using System.Net;

namespace Market.Web.Tests.Security;

public sealed class ForwardedHttpsTests(ProxyApps apps) : IClassFixture<ProxyApps>
{
    [Fact]
    public async Task ARequestFromAKnownProxySayingHttpsIsTreatedAsHttps()
    {
        var response = await GetViaProxyAsync(apps.BehindKnownProxy, "/Cart");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("https://");
    }

    [Fact]
    public async Task ARequestFromAnUnknownAddressSayingHttpsIsNot()
    {
        var response = await GetViaProxyAsync(apps.BehindOtherProxy, "/Cart");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://");
    }

    [Fact]
    public async Task OverHttpsEveryCookieIsSecureAndHostPrefixed()
    {
        var response = await GetViaProxyAsync(apps.BehindKnownProxy, "/Identity/Account/Login");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        cookies.ShouldNotBeEmpty();
        foreach (var cookie in cookies)
        {
            cookie.ShouldStartWith("__Host-");
            cookie.ShouldContain("; secure", Case.Insensitive);
            cookie.ShouldContain("; path=/", Case.Insensitive);
            cookie.ShouldNotContain("domain=", Case.Insensitive);
        }
    }

    private static async Task<HttpResponseMessage> GetViaProxyAsync(MarketApp app, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return await client.SendAsync(request);
    }
}
