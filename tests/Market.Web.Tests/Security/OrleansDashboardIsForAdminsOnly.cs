using System.Net;

namespace Market.Web.Tests.Security;

public sealed class OrleansDashboardIsForAdminsOnly(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task An_admin_sees_the_dashboard_and_its_cluster_data()
    {
        using var admin = app.WithKey(MarketApp.AdminKey);

        using var page = await admin.GetAsync("/admin/orleans/");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("<html", Case.Insensitive);
    }

    [Fact]
    public async Task Anyone_else_is_turned_away()
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(key);
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        (await artist.GetAsync("/admin/orleans/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync("/admin/orleans/")).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Redirect, HttpStatusCode.Found);
    }
}
