using System.Net;
using Market.Testing;

namespace Market.Web.Tests.Security;

public sealed class RestartKeepsSignInTests
{
    [Fact]
    public async Task APersonSignedInBeforeARestartIsStillSignedInAfterIt()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("restart");
        CookieContainer cookies;
        string email;
        var before = new MarketApp(database);
        try
        {
            await before.InitializeAsync();
            using var person = await SiteUser.RegisterAsync(before, "stay");
            (await person.Browser.GetAsync("/Account/ApiKeys")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (cookies, email) = (person.Cookies, person.Email);
        }
        finally
        {
            await before.DisposeAsync();
        }

        var after = new MarketApp(database);
        HttpResponseMessage page;
        try
        {
            await after.InitializeAsync();
            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = after.BaseAddress };
            page = await browser.GetAsync("/Account/ApiKeys");
            await page.Content.LoadIntoBufferAsync();
        }
        finally
        {
            await after.DisposeAsync();
        }

        // The second host reads the Data Protection key ring from PostgreSQL, so it can open the first host's cookie.
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain(email);
    }
}
