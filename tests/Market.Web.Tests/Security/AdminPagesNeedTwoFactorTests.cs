using System.Net;
using Market.Domain.Parties;

namespace Market.Web.Tests.Security;

public sealed class AdminPagesNeedTwoFactorTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Theory]
    [InlineData("/Admin/Jobs")]
    [InlineData("/Admin/PayoutRuns")]
    [InlineData("/Admin/Reconciliation")]
    public async Task AnAdminSignedInWithThePasswordAloneIsSentToSetUpASecondFactor(string page)
    {
        using var admin = await PageSignIn.AsAsync(app, Roles.Admin, passwordOnly: true);

        var response = await admin.GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Identity/Account/Manage/TwoFactorAuthentication");
        (await admin.GetAsync("/Identity/Account/Manage/TwoFactorAuthentication")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/Admin/Jobs")]
    [InlineData("/Admin/PayoutRuns")]
    [InlineData("/Admin/Reconciliation")]
    public async Task AnAdminSignedInWithTwoFactorsSeesThePage(string page)
    {
        using var admin = await PageSignIn.AsAsync(app, Roles.Admin);

        (await admin.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
