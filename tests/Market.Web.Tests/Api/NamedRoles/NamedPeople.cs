using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Api.NamedRoles;

/// <summary>What the tests of named roles ask over HTTP: answers, orders, balances and the catalog.</summary>
public static class NamedPeople
{
    /// <summary>The caller accepts (or declines) their role on the work; returns the raw answer.</summary>
    public static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string workId, bool accept) =>
        client.PostAsync($"/api/v1/works/{workId}/named-roles/{(accept ? "accept" : "decline")}", null);

    /// <summary>Tries to order one license; returns the raw answer.</summary>
    public static Task<HttpResponseMessage> TryOrderAsync(HttpClient buyer, string workId, string tier = "personal") =>
        buyer.PostAsJsonAsync("/api/v1/orders", new { items = new[] { new { workId, tier } } });

    /// <summary>Asserts that ordering the work is refused with a problem naming it under <c>items[0].workId</c>.</summary>
    public static async Task OrderIsRefusedAsync(HttpClient buyer, string workId, string title)
    {
        var response = await TryOrderAsync(buyer, workId);
        var json = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, json);
        var message = JsonDocument.Parse(json).RootElement.GetProperty("errors").GetProperty("items[0].workId")[0].GetString()!;
        message.ShouldContain(title);
        message.ShouldContain("not for sale");
    }

    /// <summary>The party's pending earnings in micros.</summary>
    public static async Task<long> PendingMicrosAsync(HttpClient self, string partyId) =>
        (await self.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{partyId}/balance")).GetProperty("pendingMicros").GetInt64();

    /// <summary>The ids the catalog lists for a full-text query.</summary>
    public static async Task<List<string>> CatalogIdsAsync(MarketApp app, string query)
    {
        using var anonymous = app.Anonymous();
        var page = await anonymous.GetFromJsonAsync<JsonElement>($"/api/v1/catalog?q={Uri.EscapeDataString(query)}");
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}
