using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Market.Web.Tests.Api;

/// <summary>The app's OpenAPI document, read as JSON, with the lookups the document tests need.</summary>
internal sealed partial class ApiDescription
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private ApiDescription(JsonObject document) => Document = document;

    /// <summary>The whole document.</summary>
    public JsonObject Document { get; }

    /// <summary>Every operation: "METHOD /path", its path and its object.</summary>
    public IEnumerable<(string Route, string Path, JsonObject Operation)> Operations =>
        Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(op => Methods.Contains(op.Key))
            .Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", path.Key, op.Value!.AsObject())));

    /// <summary>Fetches <c>/openapi/v1.json</c> from <paramref name="app"/>, anonymously.</summary>
    public static async Task<ApiDescription> LoadAsync(MarketApp app)
    {
        using var client = app.Anonymous();
        var response = await client.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return new(JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>A route pattern as the document writes paths: no constraints, defaults or optional marks.</summary>
    public static string PathOf(string routePattern) =>
        "/" + Parameter().Replace(routePattern.TrimStart('/'), "{$1}");

    /// <summary>The schema (references followed) of <paramref name="route"/>'s <paramref name="status"/> answer in <paramref name="mediaType"/>.</summary>
    public JsonObject ResponseSchema(string route, int status, string mediaType)
    {
        var operation = Operations.Single(o => o.Route == route).Operation;
        var answer = operation["responses"]![status.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            ?? throw new ShouldAssertException($"{route} does not document a {status} answer.");
        var schema = answer["content"]?[mediaType]?["schema"] ?? throw new ShouldAssertException($"{route} does not document its {status} answer as {mediaType}.");
        return Resolve(schema);
    }

    /// <summary>The media types of a response.</summary>
    public static IEnumerable<KeyValuePair<string, JsonNode?>> MediaTypes(JsonNode? response) =>
        response?["content"]?.AsObject() ?? [];

    /// <summary>True when a media type has a schema that says something (a reference, a type).</summary>
    public static bool HasSchema(JsonNode? mediaType) =>
        mediaType?["schema"] is JsonObject schema && (schema.ContainsKey("$ref") || schema.ContainsKey("type"));

    /// <summary>True when a response is an RFC 7807 problem details body.</summary>
    public static bool IsProblemDetails(JsonNode? response) =>
        response?["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>().EndsWith("ProblemDetails", StringComparison.Ordinal) == true;

    /// <summary>The property names a schema declares.</summary>
    public static IEnumerable<string> Properties(JsonObject schema) => schema["properties"]?.AsObject().Select(p => p.Key) ?? [];

    /// <summary>The property names a schema requires.</summary>
    public static IEnumerable<string> Required(JsonObject schema) => schema["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? [];

    private JsonObject Resolve(JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? Resolve(Document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!)
            : schema.AsObject();

    [GeneratedRegex(@"\{\*{0,2}([^}:?=]+)[^}]*\}")]
    private static partial Regex Parameter();
}
