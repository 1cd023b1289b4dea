using System.Security.Cryptography;
using Market.Web.Security;
using Scalar.AspNetCore;

namespace Market.Web.Api.Documentation;

/// <summary>
/// The browsable API reference at <c>/api/docs</c> (Scalar), drawn from <see cref="ApiDocumentation.DocumentPath"/>.
/// Everything it loads is served from this site: the script comes embedded in the package, and the
/// default fonts and telemetry, which would reach Scalar's servers, are off.
/// </summary>
internal static class ApiReferencePage
{
    /// <summary>Where the reference is served.</summary>
    public const string Path = "/api/docs";

    /// <summary>Maps the page and the scripts it loads.</summary>
    public static IEndpointConventionBuilder MapApiReferencePage(this IEndpointRouteBuilder app) =>
        app.MapScalarApiReference(Path, (options, http) =>
        {
            options.WithTitle("Market API reference")
                .AddDocument("v1", "Market API", ApiDocumentation.DocumentPath)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools();

            // Schemas show within each operation; a separate "Models" list would sit beside the API's own Models area.
            options.HideModels = true;

            // The page starts the reference with an inline module script: this response's policy admits the
            // scripts carrying a nonce made for it alone, not any inline script. The reference also writes style
            // elements and style attributes from script (its own sheet could take a nonce, the rest cannot), and a
            // nonce in style-src would void 'unsafe-inline'; so inline styles are allowed, on this page only.
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            options.WithNonce(nonce);
            http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.WithScriptNonceAndInlineStyles(http.Response.Headers.ContentSecurityPolicy.ToString(), nonce);
        });
}
