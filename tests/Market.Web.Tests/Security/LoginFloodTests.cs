using System.Net;

namespace Market.Web.Tests.Security;

public sealed class LoginFloodTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task AFloodOfSignInAttemptsLocksTheAccountAndThenGets429()
    {
        using var person = await SiteUser.RegisterAsync(app, "flood");
        using var attacker = SiteUser.Visitor(app, "attacker");
        var guesses = Enumerable.Range(0, 6).Select(i => "wrong guess " + i)
            .Append(SiteUser.Passphrase)                                  // the right password, once locked
            .Concat(Enumerable.Range(6, 5).Select(i => "wrong guess " + i));

        var answers = new List<(HttpStatusCode Status, string Location, string Page)>();
        foreach (var guess in guesses)
        {
            var attempt = await attacker.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = person.Email, ["Input.Password"] = guess });
            answers.Add((attempt.StatusCode, attempt.Headers.Location?.ToString() ?? "", await attempt.Content.ReadAsStringAsync()));
        }

        // Four failures are just wrong; the fifth locks the account (Identity: 5 attempts, 15 minutes).
        answers.Take(4).ShouldAllBe(a => a.Status == HttpStatusCode.OK && a.Page.Contains("Invalid login attempt"));
        answers.Skip(4).Take(5).ShouldAllBe(a => a.Status == HttpStatusCode.Redirect && a.Location.EndsWith("/Identity/Account/Lockout"));
        // The right password while locked is refused like the rest, and signs nobody in.
        attacker.Cookies.GetCookies(app.BaseAddress).Select(c => c.Name).ShouldNotContain(".AspNetCore.Identity.Application");
        // Registration and nine sign-ins used the ten posts a minute an address gets; the rest are 429.
        answers.Skip(9).ShouldAllBe(a => a.Status == HttpStatusCode.TooManyRequests);
    }
}
