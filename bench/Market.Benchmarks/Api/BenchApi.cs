using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Benchmarks.Api;

/// <summary>The public API v1 calls the orders benchmark sets its scene with; any refusal stops the run.</summary>
public sealed class BenchApi(Uri baseAddress)
{
    /// <summary>A client with <paramref name="apiKey"/> as bearer token, if given.</summary>
    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (apiKey is not null) client.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
        return client;
    }

    /// <summary>Opens an account with <paramref name="roles"/>; its id and a client that acts as it.</summary>
    public async Task<(string Id, HttpClient Client)> AccountAsync(params string[] roles)
    {
        using var anonymous = Client();
        var name = "bench" + Guid.NewGuid().ToString("N")[..10];
        var body = await PostAsync(anonymous, "/api/v1/accounts", new { displayName = name, email = $"{name}@bench.market", roles });
        return (body.GetProperty("id").GetString()!, Client(body.GetProperty("apiKey").GetString()!));
    }

    /// <summary>Posts <paramref name="body"/> as JSON and returns the answer; throws with the answer's text unless it is 2xx.</summary>
    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object? body)
    {
        using var response = body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body);
        return await ReadAsync(response, $"POST {path}");
    }

    /// <summary>Gets <paramref name="path"/>; throws with the answer's text unless it is 2xx.</summary>
    public static async Task<JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await ReadAsync(response, $"GET {path}");
    }

    /// <summary>The answer's JSON; throws with its text unless it is 2xx.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string call)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{call} answered {(int)response.StatusCode}: {text}");
        }

        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
