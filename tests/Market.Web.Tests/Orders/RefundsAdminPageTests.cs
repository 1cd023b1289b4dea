using System.Net;
using System.Text.RegularExpressions;
using Market.Domain.Parties;

namespace Market.Web.Tests.Orders;

public sealed partial class RefundsAdminPageTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task AnAdminRefundsALineOnTheOrderPageAndSeesAnAmountTooLargeBesideTheForm()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        using var browser = await SignInAsync(Roles.Admin);
        var path = $"/Admin/Orders/{sale.OrderId}";
        var page = await browser.GetStringAsync(path);
        page.ShouldContain("Refund");

        var tooMuch = await browser.PostAsync(path + "?handler=Refund", Form(page, ("Input.LineId", "1"), ("Input.Amount", "25.00")));
        var shown = await tooMuch.Content.ReadAsStringAsync();
        tooMuch.StatusCode.ShouldBe(HttpStatusCode.OK);
        AmountError().Match(shown).Groups[1].Value.ShouldContain("more than is left to refund on line 1 (2000)");
        var forged = await browser.PostAsync(path + "?handler=Refund", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Amount"] = "5.00" }));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var form = Form(shown, ("Input.LineId", "1"), ("Input.Amount", "5.00"));
        var refunded = await browser.PostAsync(path + "?handler=Refund", form);
        var twice = await browser.PostAsync(path + "?handler=Refund", Form(shown, ("Input.LineId", "1"), ("Input.Amount", "5.00")));

        refunded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        twice.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await sale.OrderAsync()).RefundedMinor.ShouldBe(500);
        (await browser.GetStringAsync(path)).ShouldContain("succeeded");
        await sale.LedgerIsCleanAsync();
    }

    [Fact]
    public async Task TheOrderPageIsForAdminsOnly()
    {
        var sale = await RefundsScenario.BuyAsync(app);
        using var buyer = await SignInAsync(Roles.Buyer);
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        var asBuyer = await buyer.GetAsync($"/Admin/Orders/{sale.OrderId}");
        var asNobody = await anonymous.GetAsync($"/Admin/Orders/{sale.OrderId}");

        asBuyer.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        asBuyer.Headers.Location!.ToString().ShouldContain("AccessDenied");
        asNobody.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        asNobody.Headers.Location!.ToString().ShouldContain("Login");
    }

    private Task<HttpClient> SignInAsync(string role) => PageSignIn.AsAsync(app, role);

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields)
    {
        var key = IdempotencyKey().Match(page);
        return key.Success ? PageSignIn.Form(page, [.. fields, ("Input.Key", key.Groups[1].Value)]) : PageSignIn.Form(page, fields);
    }


    [GeneratedRegex("type=\"hidden\" id=\"Input_Key\" name=\"Input.Key\" value=\"([^\"]+)\"")]
    private static partial Regex IdempotencyKey();

    [GeneratedRegex("data-valmsg-for=\"Input.Amount\"[^>]*>([^<]*)<")]
    private static partial Regex AmountError();
}
