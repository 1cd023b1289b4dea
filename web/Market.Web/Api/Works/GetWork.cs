using Market.Contracts.Works;
using Market.Domain.Catalog;

namespace Market.Web.Api.Works;

/// <summary><c>GET /api/v1/works/{id}</c>: the public view of a work.</summary>
public static class GetWork
{
    /// <summary>An offer with what its license allows.</summary>
    public sealed record OfferView(string Tier, long PriceMinor, string Allows);

    /// <summary>What the royalty graph says about the work, in brief.</summary>
    public sealed record Provenance(
        bool Generated, IReadOnlyList<WorkShare> Parents, IReadOnlyList<WorkShare> Owners,
        string? ModelId = null, string? CreatorId = null, IReadOnlyList<AttributionWeight>? Attribution = null, string? ManifestUrl = null);

    /// <summary>
    /// The answer. <c>ForSale</c> is false until everyone named on the work by someone else has accepted;
    /// <c>NamedRoles</c> (null when nobody was) says who was named, by whom, and their answers.
    /// </summary>
    public sealed record Response(
        string Id, string Title, string Description, string Kind, IReadOnlyList<string> Tags, string ArtistId,
        IReadOnlyList<OfferView> Offers, WorkConsent Consent, string? ContentHash, string? MediaType,
        string? PreviewUrl, Provenance Provenance, DateTimeOffset RegisteredAt, bool ForSale, NamedRoleEndpoints.SummaryView? NamedRoles);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(string id, IGrainFactory grains)
    {
        var work = await grains.GetGrain<IWorkGrain>(id).Get();
        if (work is null) return Problems.NotFound($"No work has id '{id}'.");
        return Results.Ok(new Response(
            work.Id, work.Title, work.Description, work.Kind, work.Tags, work.ArtistId,
            work.Offers.Select(o => new OfferView(o.Tier, o.PriceMinor, Tiers.Allows(o.Tier))).ToList(),
            work.Consent, work.File?.ContentHash, work.File?.MediaType,
            work.File?.HasPreview == true ? $"/works/{work.Id}/preview" : null,
            new Provenance(
                work.IsGenerated, work.Parents, work.Owners, work.Generation?.ModelId, work.Generation?.CreatorId,
                work.Generation?.Attribution, work.IsGenerated ? $"/api/v1/works/{work.Id}/manifest" : null),
            work.RegisteredAt, work.IsForSale, NamedRoleEndpoints.Summary(work)));
    }
}
