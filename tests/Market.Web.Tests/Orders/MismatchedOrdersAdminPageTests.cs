using System.Net;
using System.Text.Json.Nodes;
using Market.Domain.Parties;
using Market.Web.Tests.Faults;

namespace Market.Web.Tests.Orders;

/// <summary>The admin's orders page lists the orders paid with the wrong amount, with the full refund issued for each.</summary>
public sealed class MismatchedOrdersAdminPageTests(UndeliveredSandboxApp fixture) : IClassFixture<UndeliveredSandboxApp>
{
    [Fact]
    public async Task AnOrderPaidWithTheWrongAmountIsListedWithItsFullRefundAndAPaidOneIsNot()
    {
        var app = fixture.App;
        var mismatchedId = (await fixture.PaidOrderAsync()).Id;
        var paidId = (await fixture.PaidOrderAsync()).Id;
        var completions = await WebhookEvents.CompletionsAsync(app, [mismatchedId, paidId]);
        var mismatched = WebhookEvents.Variant(completions.Single(c => c.Payload.Contains(mismatchedId, StringComparison.Ordinal)), null, ("amount_total", JsonValue.Create(1500L)));
        (await WebhookEvents.DeliverAsync(app, mismatched)).IsSuccessStatusCode.ShouldBeTrue();
        (await WebhookEvents.DeliverAsync(app, completions.Single(c => c.Payload.Contains(paidId, StringComparison.Ordinal)))).IsSuccessStatusCode.ShouldBeTrue();
        using var admin = await PageSignIn.AsAsync(app, Roles.Admin);

        var response = await admin.GetAsync("/Admin/Orders");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        var row = page[page.IndexOf($"data-order=\"{mismatchedId}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        row.ShouldContain("paymentMismatch");
        row.ShouldContain("full refund of $15.00");
        row.ShouldContain($"mismatch-refund:{mismatchedId}");
        page.ShouldNotContain($"data-order=\"{paidId}\"", customMessage: "a paid order needs no look");
    }

    [Fact]
    public async Task TheOrdersPageIsForAdminsOnly()
    {
        using var buyer = await PageSignIn.AsAsync(fixture.App, Roles.Buyer);

        var response = await buyer.GetAsync("/Admin/Orders");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("AccessDenied");
    }
}
