using Market.Store.Models;
using Market.Web.Api.Models;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Market.Web.Api.Documentation;

/// <summary>How a training-set upload is described: one body, two shapes (a JSON array, or NDJSON with an entry per line).</summary>
internal static class ContributionUploadDocs
{
    /// <summary>The upload's two content types, each with its own shape.</summary>
    public static RouteHandlerBuilder ContributionsBody(this RouteHandlerBuilder route) =>
        route.Accepts<ContributionCandidate[]>("application/json", ContributionUpload.Ndjson).AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody is OpenApiRequestBody { Content: { } content } body
                && content.TryGetValue("application/json", out var array) && content.TryGetValue(ContributionUpload.Ndjson, out var lines))
            {
                // NDJSON is not one JSON value: each line is an entry, so its schema is the array's item.
                lines.Schema = array.Schema?.Items;
                body.Description = $"Up to {TrainingSetRules.MaxContributions:N0} entries {{workId, weight}} (weight defaults to 1): " +
                    $"a JSON array, or NDJSON with one entry per line of at most {ContributionUpload.MaxEntryBytes:N0} bytes. " +
                    "Every entry gets a verdict; only broken JSON refuses the upload.";
            }

            return Task.CompletedTask;
        });
}
