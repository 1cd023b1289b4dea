using System.Text.Json;
using Market.Store.Models.Signing;
using Market.Web.Models;

namespace Market.Web.Api.Generations;

/// <summary><c>POST /api/v1/manifests/verify</c>: anyone checks a provenance manifest against the platform's signature.</summary>
public static class VerifyManifest
{
    /// <summary>The body: a manifest exactly as <c>GET /api/v1/works/{id}/manifest</c> returned it.</summary>
    public sealed record Request(JsonElement? Manifest, DetachedSignature? Signature);

    /// <summary>The answer; <see cref="Reason"/> says why an invalid manifest failed.</summary>
    public sealed record Response(bool Valid, string? Reason);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(HttpRequest http, ProvenanceManifests manifests)
    {
        var (request, problem) = await ApiBody.ReadAsync<Request>(http);
        if (problem is not null) return problem;
        if (request!.Manifest is not { ValueKind: JsonValueKind.Object } manifest) return Problems.Field("manifest", "The manifest object is required.");
        if (request.Signature is not { Algorithm: not null, KeyId: not null, Value: not null } signature)
            return Problems.Field("signature", "The signature is required: algorithm, keyId and value.");
        var (valid, reason) = await manifests.VerifyAsync(manifest, signature, http.HttpContext.RequestAborted);
        return Results.Ok(new Response(valid, reason));
    }
}
