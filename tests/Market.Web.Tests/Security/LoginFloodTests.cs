using System.Net;
using System.Text.RegularExpressions;

namespace Market.Web.Tests.Security;

public sealed partial class LoginFloodTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task AFloodOfSignInAttemptsFromOneAddressGets429()
    {
        var email = $"flood{Guid.NewGuid():N}"[..16] + "@example.com";
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = app.BaseAddress };
        var registered = await PostFormAsync(browser, "/Identity/Account/Register", new()
        {
            ["Input.Email"] = email, ["Input.Password"] = "a long passphrase of words", ["Input.ConfirmPassword"] = "a long passphrase of words",
        });
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var statuses = new List<HttpStatusCode>();
        var pages = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var attempt = await PostFormAsync(browser, "/Identity/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = "wrong guess " + i });
            statuses.Add(attempt.StatusCode);
            pages.Add(await attempt.Content.ReadAsStringAsync());
        }

        // Registration used one of the ten posts a minute; the tenth sign-in attempt is refused.
        statuses.Take(9).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(9).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        pages[0].ShouldContain("Invalid login attempt");
    }

    // Every form post carries the antiforgery token of the page it came from.
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, Dictionary<string, string> fields)
    {
        var page = await browser.GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var token = FormTokens.From(html);
        fields["__RequestVerificationToken"] = token;
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

}
