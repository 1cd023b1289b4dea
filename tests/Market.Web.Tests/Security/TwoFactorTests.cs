using System.Net;
using System.Text.RegularExpressions;

namespace Market.Web.Tests.Security;

public sealed partial class TwoFactorTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task APersonEnrolsAnAuthenticatorAndThenSignsInWithACode()
    {
        using var person = await SiteUser.RegisterAsync(app, "twofa");
        (await person.Browser.GetAsync("/Identity/Account/Manage/TwoFactorAuthentication")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var enrolment = await person.Browser.GetStringAsync("/Identity/Account/Manage/EnableAuthenticator");
        var sharedKey = SharedKey().Match(enrolment).Groups[1].Value;
        sharedKey.ShouldNotBeEmpty("the enrolment page shows no key");

        var enabled = await person.PostFormAsync("/Identity/Account/Manage/EnableAuthenticator", new() { ["Input.Code"] = Totp.Code(sharedKey, DateTimeOffset.UtcNow) });
        enabled.StatusCode.ShouldBe(HttpStatusCode.Redirect, await enabled.Content.ReadAsStringAsync());
        enabled.Headers.Location!.ToString().ShouldContain("ShowRecoveryCodes");

        // The password alone no longer signs in: it leads to the second step, and the code finishes it.
        using var later = SiteUser.Visitor(app, "later");
        var first = await later.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = person.Email, ["Input.Password"] = SiteUser.Passphrase });
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var secondStep = first.Headers.Location!.ToString();
        secondStep.ShouldContain("/Identity/Account/LoginWith2fa");
        (await later.Browser.GetAsync("/Account/ApiKeys")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "signed in before the second factor");

        var second = await later.PostFormAsync(secondStep, new() { ["Input.TwoFactorCode"] = Totp.Code(sharedKey, DateTimeOffset.UtcNow), ["Input.RememberMachine"] = "false" });
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect, await second.Content.ReadAsStringAsync());
        (await later.Browser.GetAsync("/Account/ApiKeys")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [GeneratedRegex("<kbd>([a-z2-7 ]+)</kbd>")]
    private static partial Regex SharedKey();
}
