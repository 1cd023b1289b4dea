using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Market.Domain.Parties;
using Market.Payments.Payouts;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;
using Market.Web.Tests.Payouts;
using Market.Web.Tests.Statements;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Scheduling;

public sealed class ReconciliationFindsDrift(NoHoldApp fixture) : IClassFixture<NoHoldApp>
{
    private readonly MarketApp _app = fixture.App;

    [Fact]
    public async Task SandboxSalesAndPayoutsBalanceAndAPlantedTransferShowsAsDriftInThePageTheCsvAndTheApi()
    {
        var (artist, key) = await _app.CreateAccountAsync("artist");
        using var client = _app.WithKey(key);
        (await client.PostAsync($"/api/v1/accounts/{artist}/payout-account", null)).EnsureSuccessStatusCode();
        var work = await MarketApp.CreateWorkAsync(client, WorkRequests.WithOffers(WorkRequests.Valid("Reconciled piece"), ("personal", 2000)));
        var (_, buyerKey) = await _app.CreateAccountAsync("buyer");
        using (var buyer = _app.WithKey(buyerKey))
        {
            await SandboxBuyer.BuyAsync(_app, buyer, work, "personal");
            await SandboxBuyer.BuyAsync(_app, buyer, work, "personal");
        }

        using (var adminApi = _app.WithKey(MarketApp.AdminKey))
        {
            (await adminApi.PostAsJsonAsync("/api/v1/admin/payout-runs", new { runId = (string?)null })).EnsureSuccessStatusCode();
        }

        using var admin = await PageSignIn.AsAsync(_app, Roles.Admin);
        var day = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var balanced = Rows(await ReconcileAsync(admin, day), day);
        Drift(balanced, "charge").ShouldBe("0");
        Drift(balanced, "fee").ShouldBe("0");
        Drift(balanced, "refund").ShouldBe("0");
        Drift(balanced, "transfer").ShouldBe("0");
        balanced.Single(r => r["kind"] == "charge")["expected_micros"].ShouldBe("40000000");
        balanced.Single(r => r["kind"] == "fee")["expected_micros"].ShouldBe("-1760000");
        balanced.Single(r => r["kind"] == "transfer")["expected_micros"].ShouldBe("-32500000");
        balanced.Single(r => r["kind"] == "dispute")["actual_micros"].ShouldBe("");
        balanced.Single(r => r["kind"] == "dispute")["note"].ShouldContain("no record of disputes");

        await PlantTransferAsync(123);
        var drifted = Rows(await ReconcileAsync(admin, day), day);
        Drift(drifted, "transfer").ShouldBe("-1230000");
        Drift(drifted, "charge").ShouldBe("0");
        var page = await admin.GetStringAsync("/Admin/Reconciliation");
        page.ShouldContain("<tr data-kind=\"transfer\" class=\"table-danger drift\">");
        using var adminApiAfter = _app.WithKey(MarketApp.AdminKey);
        var reports = await adminApiAfter.GetFromJsonAsync<JsonElement>("/api/v1/admin/reconciliation");
        var today = reports.EnumerateArray().Single(r => r.GetProperty("date").GetString() == day);
        today.GetProperty("hasDrift").GetBoolean().ShouldBeTrue();
        today.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "dispute").GetProperty("actualMicros").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    // Posts the page's form for the day and answers the CSV download that follows.
    private static async Task<string> ReconcileAsync(HttpClient admin, string day)
    {
        var page = await admin.GetStringAsync("/Admin/Reconciliation");
        var form = new Dictionary<string, string> { ["Day"] = day, ["__RequestVerificationToken"] = FormTokens.From(page) };
        (await admin.PostAsync("/Admin/Reconciliation", new FormUrlEncodedContent(form))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var csv = await admin.GetAsync("/Admin/Reconciliation?handler=Csv");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        return await csv.Content.ReadAsStringAsync();
    }

    private async Task PlantTransferAsync(long amountMinor)
    {
        await using var session = _app.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Insert(new SandboxTransferDocument
        {
            Id = "planted:" + Guid.NewGuid().ToString("N"), TransferId = "tr_sandbox_planted", TransferGroup = "nowhere",
            Destination = "acct_sandbox_nobody", AmountMinor = amountMinor, CreatedAt = DateTimeOffset.UtcNow,
        });
        await session.SaveChangesAsync();
    }

    private static List<Dictionary<string, string>> Rows(string csv, string day) => [.. StandardCsv.Read(csv).Where(r => r["day"] == day)];

    private static string Drift(List<Dictionary<string, string>> rows, string kind) => rows.Single(r => r["kind"] == kind)["drift_micros"];
}
