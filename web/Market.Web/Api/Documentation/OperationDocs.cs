using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Market.Web.Api.Documentation;

/// <summary>
/// Describes, at a route's mapping, what its handler reads by hand and the generator cannot see: a JSON
/// body read through <see cref="ApiBody"/>, query parameters read from the request, the <c>Idempotency-Key</c> header.
/// </summary>
internal static class OperationDocs
{
    /// <summary>The body is <typeparamref name="TBody"/> as JSON; a malformed one answers a 400 naming where it went wrong.</summary>
    /// <remarks>
    /// Described in the document only: <c>Accepts</c> metadata would also make routing refuse other content
    /// types with its own 415, before the key is checked, which the API has never done.
    /// </remarks>
    public static RouteHandlerBuilder JsonBody<TBody>(this RouteHandlerBuilder route) =>
        route.ProducesValidationProblem().AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(TBody), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });

    /// <summary>The route may answer each of <paramref name="statuses"/> with a problem details body.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder route, params int[] statuses)
    {
        foreach (var status in statuses) route.ProducesProblem(status);
        return route;
    }

    /// <summary>An optional query parameter read by the handler itself.</summary>
    public static RouteHandlerBuilder Query(this RouteHandlerBuilder route, string name, JsonSchemaType type, string description, IEnumerable<string>? allowed = null) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var schema = new OpenApiSchema { Type = type, Format = type == JsonSchemaType.Integer ? "int64" : null };
            if (allowed is not null) schema.Enum = [.. allowed.Select(value => (JsonNode)JsonValue.Create(value))];
            Add(operation, new OpenApiParameter { Name = name, In = ParameterLocation.Query, Description = description, Schema = schema });
            return Task.CompletedTask;
        });

    /// <summary>The route honours an <c>Idempotency-Key</c> header, as <paramref name="description"/> says.</summary>
    public static RouteHandlerBuilder IdempotencyKeyHeader(this RouteHandlerBuilder route, string description) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            Add(operation, new OpenApiParameter
            {
                Name = IdempotencyKey.Header, In = ParameterLocation.Header, Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            return Task.CompletedTask;
        });

    /// <summary>Says what a parameter the generator found (a route or query parameter) means.</summary>
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder route, string parameter, string description) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == parameter) is { } found) found.Description = description;
            return Task.CompletedTask;
        });

    /// <summary>The success answer also comes as these documents (the route chooses by the request, e.g. a .csv suffix), as bytes.</summary>
    public static RouteHandlerBuilder AlsoAsDocuments(this RouteHandlerBuilder route, params string[] contentTypes) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Responses?.GetValueOrDefault("200") is OpenApiResponse { Content: { } content })
            {
                foreach (var type in contentTypes)
                    content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
            }

            return Task.CompletedTask;
        });

    private static void Add(OpenApiOperation operation, OpenApiParameter parameter)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(parameter);
    }
}
