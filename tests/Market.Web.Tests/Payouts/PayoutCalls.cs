using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Payouts;

/// <summary>The API calls payout tests make: run, read a run's line and a balance, check the ledger.</summary>
public static class PayoutCalls
{
    /// <summary>Starts (or, named, resumes) a payout run through the admin API and answers its body.</summary>
    public static async Task<JsonElement> RunAsync(MarketApp app, string? runId = null)
    {
        using var admin = app.WithKey(MarketApp.AdminKey);
        var response = await admin.PostAsJsonAsync("/api/v1/admin/payout-runs", new { runId });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Asserts the admin ledger check finds nothing wrong.</summary>
    public static async Task LedgerIsCleanAsync(MarketApp app)
    {
        using var admin = app.WithKey(MarketApp.AdminKey);
        var check = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/ledger/check");
        check.GetProperty("ok").GetBoolean().ShouldBeTrue(check.ToString());
    }

    /// <summary>The party's balance, read with its own key.</summary>
    public static async Task<JsonElement> BalanceAsync(HttpClient client, string id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{id}/balance");

    /// <summary>The run's line for <paramref name="partyId"/>.</summary>
    public static JsonElement Line(JsonElement run, string partyId) =>
        run.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("partyId").GetString() == partyId);
}
