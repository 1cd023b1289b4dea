using Market.Web.Models;

namespace Market.Web.Api.Generations;

/// <summary><c>GET /api/v1/works/{id}/manifest</c>: the signed provenance manifest of a generated work.</summary>
public static class GetManifest
{
    /// <summary>Handles the call. Written with the canonical options, so what a client gets back verifies as sent.</summary>
    public static async Task<IResult> Handle(string id, ProvenanceManifests manifests, CancellationToken cancellationToken)
    {
        var signed = await manifests.IssueAsync(id, cancellationToken);
        return signed is null
            ? Problems.NotFound($"No generated work has id '{id}'; only generated works have provenance manifests.")
            : Results.Json(signed, ProvenanceManifest.Canonical);
    }
}
