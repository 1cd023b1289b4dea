using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Market.Web.Api;

/// <summary>
/// Reads a JSON body so that a malformed one gets a problem answer naming where it went wrong,
/// rather than the framework's bare 400.
/// </summary>
public static class ApiBody
{
    /// <summary>The body as <typeparamref name="T"/>, or a 400 problem naming the bad field.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        var json = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, json, request.HttpContext.RequestAborted);
            return value is null ? (null, Problems.Field("body", "A JSON body is required.")) : (value, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (null, Problems.Field(field, $"The JSON at '{field}' is not valid here: {FirstSentence(e.Message)}"));
        }
    }

    private static string FirstSentence(string message) => message.Split(". Path:")[0].TrimEnd('.') + ".";
}
