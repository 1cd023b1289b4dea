using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Market.Web.Identity;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Security;

/// <summary>
/// Logs go to consoles, files and log shippers that many people can read: no credential may reach them,
/// whether the request that carried it succeeded, failed or was forged.
/// </summary>
public sealed class SecretsNeverLoggedTests
{
    private static readonly string WebhookSecret = "whsec_" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task KeysPasswordsCookiesAndWebhookSignaturesStayOutOfTheLogs()
    {
        var logs = new LogCapture();
        var settings = new Dictionary<string, string>(LogCapture.DebugEverywhere) { ["Stripe:WebhookSecret"] = WebhookSecret };
        var app = new MarketApp(settings, logs.AddTo);
        await app.InitializeAsync();
        try
        {
            await UseEverySecretAsync(app, logs);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task UseEverySecretAsync(MarketApp app, LogCapture logs)
    {
        var secrets = new List<(string What, string Value)> { ("webhook secret", WebhookSecret), ("admin key", MarketApp.AdminKey) };

        // An API key, shown once, then used: well, badly (someone else's account) and mangled.
        var (artistId, artistKey) = await app.CreateAccountAsync("artist");
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        secrets.Add(("artist API key", artistKey));
        secrets.Add(("buyer API key", buyerKey));
        using var artist = app.WithKey(artistKey);
        using var buyer = app.WithKey(buyerKey);
        var work = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid("Quiet logs"));
        (await buyer.GetAsync($"/api/v1/accounts/{artistId}/balance")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        using (var mangled = app.WithKey(buyerKey + "x")) (await mangled.GetAsync("/api/v1/orders/o_none")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using (var admin = app.WithKey(MarketApp.AdminKey)) (await admin.GetAsync("/api/v1/admin/ledger/check")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A password, wrong once and then right, on the Identity sign-in page.
        var password = "correct horse " + Guid.NewGuid().ToString("N");
        var wrongPassword = "wrong horse " + Guid.NewGuid().ToString("N");
        secrets.Add(("password", password));
        secrets.Add(("wrong password", wrongPassword));
        using var person = SiteUser.Visitor(app, "quiet");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MarketUser>>();
            (await users.CreateAsync(new MarketUser { UserName = person.Email, Email = person.Email }, password)).Succeeded.ShouldBeTrue();
        }

        (await person.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = person.Email, ["Input.Password"] = wrongPassword })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await person.PostFormAsync("/Identity/Account/Login", new() { ["Input.Email"] = person.Email, ["Input.Password"] = password })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await person.Browser.GetAsync("/Dashboard")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookies = person.Cookies.GetCookies(app.BaseAddress);
        cookies.Select(c => c.Name).ShouldContain(".AspNetCore.Identity.Application");
        secrets.AddRange(cookies.Select(c => ($"cookie {c.Name}", c.Value)));

        // A sandbox purchase (its completion arrives as a signed webhook), then that event again with a
        // good signature and with a forged one.
        var orderId = await SandboxBuyer.BuyAsync(app, buyer, work, "personal");
        var completion = (await WebhookEvents.CompletionsAsync(app, [orderId])).Single();
        var goodSignature = Stripe.EventUtility.GenerateSignatureHeader(completion.Payload, WebhookSecret, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var forgedSignature = Stripe.EventUtility.GenerateSignatureHeader(completion.Payload, "whsec_" + Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        (await DeliverAsync(app, completion.Payload, goodSignature)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await DeliverAsync(app, completion.Payload, forgedSignature)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        secrets.Add(("Stripe-Signature", goodSignature));
        secrets.Add(("forged Stripe-Signature", forgedSignature));
        secrets.AddRange(SignatureHashes(goodSignature).Select(v => ("Stripe-Signature v1", v)));

        // The capture sees requests as they are logged, so a secret in a logged URL or header would show.
        logs.Entries.ShouldContain(e => e.Contains($"/api/v1/accounts/{artistId}/balance", StringComparison.Ordinal));
        logs.Entries.Count.ShouldBeGreaterThan(100, "the capture should have seen the app's logging");
        foreach (var (what, value) in secrets)
            logs.Containing(value).ShouldBeEmpty($"the {what} was logged");
    }

    [Fact]
    public async Task TheStripeSecretKeyAndWebhookSecretStayOutOfTheLogsInStripeMode()
    {
        var logs = new LogCapture();
        var stripe = new Market.Web.Tests.Payouts.StripeMode.StripeModeApp(logs.AddTo, LogCapture.DebugEverywhere);
        await stripe.InitializeAsync();
        var sellerId = "";
        try
        {
            // A sale: checkout created at Stripe with the secret key, paid by a signed webhook; then a payout account.
            var seller = await stripe.SoldArtistAsync(2500);
            await stripe.ConnectAsync(seller);
            sellerId = seller.Id;
        }
        finally
        {
            await stripe.DisposeAsync();
        }

        logs.Entries.ShouldContain(e => e.Contains($"/api/v1/accounts/{sellerId}/payout-account", StringComparison.Ordinal));
        logs.Entries.Count.ShouldBeGreaterThan(100, "the capture should have seen the app's logging");
        logs.Containing(Market.Web.Tests.Payouts.StripeMode.StripeModeApp.SecretKey).ShouldBeEmpty("the Stripe secret key was logged");
        logs.Containing(Market.Web.Tests.Payouts.StripeMode.StripeModeApp.WebhookSecret).ShouldBeEmpty("the webhook secret was logged");
    }

    private static async Task<HttpResponseMessage> DeliverAsync(MarketApp app, string payload, string signature)
    {
        using var client = app.Anonymous();
        using var content = new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        content.Headers.Add("Stripe-Signature", signature);
        return await client.PostAsync(Market.Payments.PaymentRoutes.Webhook, content);
    }

    // "t=…,v1=<hmac>": the HMAC alone is what an attacker would replay.
    private static IEnumerable<string> SignatureHashes(string header) =>
        header.Split(',').Where(part => part.StartsWith("v1=", StringComparison.Ordinal)).Select(part => part[3..]);
}
