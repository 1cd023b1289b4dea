using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Market.Web.Api.Documentation;

/// <summary>
/// Declares the API key (<c>Authorization: Bearer &lt;apiKey&gt;</c>) and marks the routes that need one,
/// read from the same authorization metadata that guards them, so the document cannot disagree with the route.
/// </summary>
internal sealed class ApiKeySecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthentication.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The API key that POST /api/v1/accounts answered (shown once), sent as Authorization: Bearer <apiKey>. " +
                "Its account's roles (artist, buyer, operator, admin) decide which routes it may call.",
        };
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var rules = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().ToList();
        if (rules.Count == 0) return Task.CompletedTask;

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.SchemeName, context.Document)] = [] }];
        var roles = rules.Where(r => !string.IsNullOrEmpty(r.Roles)).Select(r => r.Roles!.Replace(",", " or ", StringComparison.Ordinal)).ToList();
        var who = roles.Count == 0 ? "Needs an API key." : $"Needs the API key of an account with the role {string.Join(", and ", roles)}.";
        operation.Description = operation.Description is { Length: > 0 } described ? $"{described}\n\n{who}" : who;
        return Task.CompletedTask;
    }
}
