using System.Net;
using System.Text.Json.Nodes;
using Market.Domain.Parties;

namespace Market.Web.Tests.Payouts.StripeMode;

/// <summary>
/// Stripe mode: connecting opens a Connect Express account and sends the payee to Stripe's onboarding;
/// Stripe's signed <c>account.updated</c> events then say whether payouts are enabled and what is still due,
/// and the dashboard shows it. Those events come to Stripe's Connect endpoint, signed with its own secret.
/// </summary>
public sealed class ConnectAccountsFollowStripe(StripeModeApp fixture) : IClassFixture<StripeModeApp>
{
    [Fact]
    public async Task AnAccountUpdatedEventFlipsThePayoutAccountAndTheDashboardShowsWhatStripeNeeds()
    {
        fixture.Stripe.AccountsStartEnabled = false;
        using var browser = await PageSignIn.AsAsync(fixture.App, Roles.Artist);
        var page = await browser.GetStringAsync("/Dashboard/Payouts");
        var connect = await browser.PostAsync("/Dashboard/Payouts", PageSignIn.Form(page));
        connect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var onboarding = connect.Headers.Location!.ToString();
        onboarding.ShouldStartWith("https://connect.stripe.test/setup/acct_");
        var accountId = onboarding[(onboarding.LastIndexOf('/') + 1)..];
        var partyId = fixture.Stripe.PartyOfAccount(accountId);

        var needs = await fixture.DeliverConnectAsync(accountId, "account.updated", Account(accountId, partyId, false, ["individual.verification.document", "external_account"], "requirements.past_due"));
        needs.StatusCode.ShouldBe(HttpStatusCode.OK, await needs.Content.ReadAsStringAsync());
        var needing = await browser.GetStringAsync("/Dashboard/Payouts");

        needing.ShouldContain("needs action");
        needing.ShouldContain("individual.verification.document");
        needing.ShouldContain("external_account");
        needing.ShouldContain("requirements.past_due");

        var enabled = await fixture.DeliverConnectAsync(accountId, "account.updated", Account(accountId, partyId, true, [], null));
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        var done = await browser.GetStringAsync("/Dashboard/Payouts");

        done.ShouldContain("Enabled: available earnings are paid to this account");
        done.ShouldNotContain("individual.verification.document");
    }

    [Fact]
    public async Task AnAccountUpdatedEventWithABadSignatureChangesNothing()
    {
        fixture.Stripe.AccountsStartEnabled = false;
        var seller = await fixture.SoldArtistAsync(500);
        (await fixture.ConnectAsync(seller)).GetProperty("status").GetString().ShouldBe("needsAction");
        var payload = new JsonObject { ["id"] = "evt_forged", ["type"] = "account.updated", ["data"] = new JsonObject { ["object"] = Account(StripeConnectFake.AccountOf(seller.Id), seller.Id, true, [], null) } }.ToJsonString();
        using var client = fixture.App.Anonymous();
        using var content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json");
        content.Headers.Add("Stripe-Signature", global::Stripe.EventUtility.GenerateSignatureHeader(payload, "whsec_not_stripes", DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

        (await client.PostAsync("/webhooks/stripe", content)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var self = fixture.App.WithKey(seller.ApiKey);
        (await self.GetStringAsync($"/api/v1/accounts/{seller.Id}/payout-account")).ShouldContain("\"needsAction\"");
    }

    [Fact]
    public async Task AConnectedAccountsEventSignedWithThePlatformSecretIsRefusedAndChangesNothing()
    {
        fixture.Stripe.AccountsStartEnabled = false;
        var seller = await fixture.SoldArtistAsync(500);
        (await fixture.ConnectAsync(seller)).GetProperty("status").GetString().ShouldBe("needsAction");
        var accountId = StripeConnectFake.AccountOf(seller.Id);

        var refused = await fixture.DeliverConnectAsync(accountId, "account.updated", Account(accountId, seller.Id, true, [], null), StripeModeApp.WebhookSecret);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var self = fixture.App.WithKey(seller.ApiKey);
        (await self.GetStringAsync($"/api/v1/accounts/{seller.Id}/payout-account")).ShouldContain("\"needsAction\"");
        var accepted = await fixture.DeliverConnectAsync(accountId, "account.updated", Account(accountId, seller.Id, true, [], null));
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await self.GetStringAsync($"/api/v1/accounts/{seller.Id}/payout-account")).ShouldContain("\"enabled\"");
    }

    private static JsonObject Account(string accountId, string partyId, bool payoutsEnabled, string[] currentlyDue, string? disabledReason) => new()
    {
        ["id"] = accountId,
        ["object"] = "account",
        ["type"] = "express",
        ["payouts_enabled"] = payoutsEnabled,
        ["charges_enabled"] = payoutsEnabled,
        ["metadata"] = new JsonObject { ["partyId"] = partyId },
        ["requirements"] = new JsonObject
        {
            ["currently_due"] = new JsonArray([.. currentlyDue.Select(r => (JsonNode?)JsonValue.Create(r))]),
            ["disabled_reason"] = disabledReason,
        },
    };
}
