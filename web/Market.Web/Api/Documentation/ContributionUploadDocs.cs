using Market.Store.Models;
using Market.Web.Api.Models;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Market.Web.Api.Documentation;

/// <summary>How a training-set upload is described: one body, two shapes (a JSON array, or NDJSON with an entry per line).</summary>
internal static class ContributionUploadDocs
{
    /// <summary>The upload's two content types, each with its own shape (described only; the handler checks the type itself).</summary>
    public static RouteHandlerBuilder ContributionsBody(this RouteHandlerBuilder route) =>
        route.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var entry = await context.GetOrCreateSchemaAsync(typeof(ContributionCandidate), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = $"Up to {TrainingSetRules.MaxContributions:N0} entries {{workId, weight}} (weight defaults to 1): " +
                    $"a JSON array, or NDJSON with one entry per line of at most {ContributionUpload.MaxEntryBytes:N0} bytes. " +
                    "Every entry gets a verdict; only broken JSON refuses the upload.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = entry } },
                    [ContributionUpload.Ndjson] = new() { Schema = entry },   // not one JSON value: each line is an entry
                },
            };
        });
}
