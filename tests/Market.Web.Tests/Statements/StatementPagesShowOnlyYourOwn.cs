using System.Net;
using System.Text.RegularExpressions;
using Market.Domain.Parties;
using Market.Domain.Statements;
using Market.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Statements;

public sealed partial class StatementPagesShowOnlyYourOwn(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task ASignedInPersonSeesTheirMonthsAndNeverAnotherPartysLines()
    {
        var month = await StatementScenario.SeedAsync(app);
        using var browser = await SignInAsync();
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        var list = await browser.GetStringAsync("/Dashboard/Statements");
        var view = await browser.GetStringAsync($"/Dashboard/Statements/{month.Period}");
        var csv = await browser.GetStringAsync($"/Dashboard/Statements/{month.Period}?handler=Csv");
        var pdf = await browser.GetAsync($"/Dashboard/Statements/{month.Period}?handler=Pdf");
        var asNobody = await anonymous.GetAsync($"/Dashboard/Statements/{month.Period}");

        list.ShouldContain($"/Dashboard/Statements/{month.Period}?handler=Pdf");
        view.ShouldContain("Control totals: 0 lines");
        view.ShouldNotContain(month.GeneratedOrder);
        csv.ShouldNotContain(month.OriginalOrder);
        csv.ShouldContain("controlTotals");
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        asNobody.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        asNobody.Headers.Location!.ToString().ShouldContain("Login");
        (await browser.GetAsync("/Dashboard/Statements/2026-13")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        StatementPeriod.TryParse(month.Period, out _).ShouldBeTrue();
    }

    private async Task<HttpClient> SignInAsync()
    {
        var email = $"st{Guid.NewGuid():N}"[..20] + "@example.com";
        const string password = "a long passphrase of words";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MarketUser>>();
            var user = new MarketUser { UserName = email, Email = email };
            (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, Roles.Artist)).Succeeded.ShouldBeTrue();
        }

        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        var login = await browser.GetStringAsync("/Identity/Account/Login");
        var token = FormTokens.From(login);
        var form = new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password, ["Input.RememberMe"] = "false", ["__RequestVerificationToken"] = token,
        };
        (await browser.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(form))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

}
