using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Api.Generations;

/// <summary>Bodies for <c>POST /api/v1/generations</c>, valid unless a test changes them.</summary>
public static class GenerationRequests
{
    /// <summary>A piece made by <paramref name="modelId"/> for <paramref name="creatorId"/>, attributed to <paramref name="attribution"/>.</summary>
    public static Dictionary<string, object?> Valid(string modelId, string creatorId, params object[] attribution) => new()
    {
        ["modelId"] = modelId,
        ["creatorAccountId"] = creatorId,
        ["title"] = "Dunes, imagined",
        ["kind"] = "image",
        ["description"] = "Made with a model trained on consenting artists' work.",
        ["tags"] = new[] { "generated" },
        ["offers"] = new object[] { new { tier = "personal", priceMinor = 1500 } },
        ["attribution"] = attribution,
        ["file"] = new { name = "dunes.png", contentBase64 = Convert.ToBase64String(WorkRequests.Png) },
    };

    /// <summary>Registers the piece and returns its work id.</summary>
    public static async Task<string> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/generations", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("workId").GetString()!;
    }
}
