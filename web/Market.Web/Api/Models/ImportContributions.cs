using System.Security.Claims;
using System.Text.Json;
using Market.Contracts.Models;
using Market.Store.Models;
using Microsoft.AspNetCore.Http.Features;

namespace Market.Web.Api.Models;

/// <summary>
/// <c>POST /api/v1/models/{id}/contributions</c>: the model's operator uploads training-set entries,
/// up to 1,000,000 per upload, as a JSON array or NDJSON (each line at most <see cref="ContributionUpload.MaxEntryBytes"/>).
/// Every entry gets a verdict (the first <see cref="MaxListedRejections"/> rejections listed, all counted);
/// the upload as a whole is one transaction, begun only once the body is staged (<see cref="ContributionStaging"/>).
/// </summary>
public static class ImportContributions
{
    /// <summary>The largest body accepted: a million entries with generous ids.</summary>
    public const long MaxBodyBytes = 256L << 20;

    /// <summary>The most rejections listed in one answer; the rest are only counted.</summary>
    public const int MaxListedRejections = ContributionImporter.MaxListedRejections;

    /// <summary>An entry turned away.</summary>
    public sealed record Rejection(string? WorkId, string Reason);

    /// <summary>
    /// The answer: <paramref name="Rejected"/> lists the first <see cref="MaxListedRejections"/> rejections,
    /// <paramref name="RejectedCount"/> counts them all and <paramref name="RejectedNotListed"/> the ones left out.
    /// </summary>
    public sealed record Response(long Accepted, IReadOnlyList<Rejection> Rejected, long RejectedCount, long RejectedNotListed);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(string id, HttpContext http, ClaimsPrincipal user, IGrainFactory grains, ContributionImporter importer, ContributionStaging staging)
    {
        var (model, problem) = await ModelAccess.OwnedAsync(grains, id, user);
        if (problem is not null) return problem;
        if (model!.IsSealed) return ModelAccess.Sealed(id);
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim();
        var ndjson = string.Equals(mediaType, ContributionUpload.Ndjson, StringComparison.OrdinalIgnoreCase);
        if (!ndjson && mediaType is not null && !string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"Send the entries as application/json (an array) or {ContributionUpload.Ndjson} (one object per line), not {mediaType}.");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        using var slot = staging.Reserve(model.OwnerId);
        if (!slot.IsAcquired)
        {
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many uploads",
                detail: "You already have as many training-set uploads in progress as allowed; send this one when one of them has finished.");
        }

        ImportOutcome outcome;
        try
        {
            await using var staged = await staging.StageAsync(http);
            var entries = ContributionUpload.Read(staged, ndjson, http.RequestAborted);
            outcome = await importer.ImportAsync(model.Id, model.Terms.PoolPpm, entries, http.RequestAborted);
        }
        catch (JsonException e)
        {
            return Problems.Field("body", ContributionUpload.Describe(e, ndjson));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge($"The upload is larger than {MaxBodyBytes} bytes; nothing was imported.");
        }

        return outcome.Status switch
        {
            ImportStatus.ModelSealed => ModelAccess.Sealed(id),
            ImportStatus.TooManyEntries => TooLarge($"The upload has more than {TrainingSetRules.MaxContributions:N0} entries; nothing was imported. Send at most {TrainingSetRules.MaxContributions:N0} per upload."),
            _ => await AnswerAsync(grains, model.Id, outcome),
        };
    }

    private static async Task<IResult> AnswerAsync(IGrainFactory grains, string modelId, ImportOutcome outcome)
    {
        await grains.GetGrain<IModelGrain>(modelId).RecordImport(outcome.Accepted);
        return Results.Ok(new Response(
            outcome.Accepted, [.. outcome.Rejected.Select(r => new Rejection(r.WorkId, r.Reason))], outcome.RejectedCount, outcome.RejectedCount - outcome.Rejected.Count));
    }

    private static IResult TooLarge(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Upload too large", detail: detail);
}
