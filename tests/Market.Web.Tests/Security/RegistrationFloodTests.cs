using System.Net;

namespace Market.Web.Tests.Security;

public sealed class RegistrationFloodTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task TheEleventhRegistrationInAMinuteFromOneAddressGets429WithRetryAfter()
    {
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 11; i++)
        {
            using var visitor = SiteUser.Visitor(app, "mass");
            answers.Add(await visitor.PostFormAsync("/Identity/Account/Register", new()
            {
                ["Input.Email"] = visitor.Email, ["Input.Password"] = SiteUser.Passphrase, ["Input.ConfirmPassword"] = SiteUser.Passphrase,
            }));
        }

        answers.Take(10).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Redirect);
        answers[10].StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        answers[10].Headers.RetryAfter.ShouldNotBeNull();
    }
}
