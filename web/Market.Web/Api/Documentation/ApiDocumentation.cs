using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Market.Web.Api.Documentation;

/// <summary>
/// The OpenAPI document of the <c>/api/v1</c> routes, at <c>/openapi/v1.json</c>, and its browsable
/// reference at <c>/api/docs</c>. What each route takes and answers is declared where it is mapped
/// (<see cref="ApiEndpoints"/>); what every route shares (the API key, rate limits, tags) is added here.
/// </summary>
public static class ApiDocumentation
{
    /// <summary>Where the document is served.</summary>
    public const string DocumentPath = "/openapi/v1.json";

    /// <summary>Registers the document's generator.</summary>
    public static IServiceCollection AddMarketApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            // Only the public API: pages, webhooks, files and health checks are not part of the contract.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;

            // Every route class names its answer Response: qualify it by its class so the schemas stay apart.
            options.CreateSchemaReferenceId = type =>
            {
                var id = OpenApiOptions.CreateDefaultSchemaReferenceId(type);
                return id is not null && type.Type.DeclaringType is { } outer ? outer.Name + id : id;
            };
            // The API writes whole numbers as JSON numbers; that its reader also takes them quoted is no reason
            // to tell clients an amount may be a string.
            options.AddSchemaTransformer((schema, _, _) =>
            {
                if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Integer) && type.HasFlag(JsonSchemaType.String))
                    (schema.Type, schema.Pattern) = (type & ~JsonSchemaType.String, null);
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Market API",
                    Version = "v1",
                    Description = "Sell licenses to works, register AI models and what they make, and follow every sale's split " +
                        "through the royalty graph. JSON in camelCase; amounts are integers (…Minor for prices, …Micros for ledger " +
                        "amounts); errors are RFC 7807 problem details whose errors name each bad field.",
                };
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<ApiKeySecurity>();
            options.AddOperationTransformer<ApiKeySecurity>();
        });

    /// <summary>Maps the document and the reference page; both are public, like the API's description of itself.</summary>
    public static IEndpointRouteBuilder MapMarketApiDocumentation(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath);
        app.MapApiReferencePage();
        return app;
    }
}
