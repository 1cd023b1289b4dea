using Market.Contracts.Works;
using Market.Domain.Catalog;
using Market.Web.Catalog;

namespace Market.Web.Works;

/// <summary>
/// An artist changes a work's tiers and prices after registration, from the API or the dashboard:
/// the same checks as registration first, then the grain, then the public pages that show prices.
/// </summary>
public static class WorkOffers
{
    /// <summary>
    /// Who may change a work's offers: the same rule as its consent — its artist (for a generated piece,
    /// its creator, who sells it) or an owner on its split sheet — plus an admin over the API.
    /// </summary>
    public static bool MayChange(WorkView work, string? partyId, bool isAdmin = false) =>
        isAdmin || work.IsOwnedBy(partyId);

    /// <summary>Validates <paramref name="offers"/> and puts them in force; nothing is written when any is wrong.</summary>
    public static async Task<WorkRegistrationResult> ChangeAsync(
        IGrainFactory grains, PublicPageOutputCache publicPages, string workId, IReadOnlyList<Offer>? offers, CancellationToken cancellationToken)
    {
        var errors = offers is null || offers.Any(o => o is null)
            ? new Dictionary<string, string[]> { ["offers"] = ["A list of offers, each a tier and a price, is required."] }
            : WorkRules.ValidateOffers(offers);
        if (errors.Count > 0) return new(null, errors);

        var changed = await grains.GetGrain<IWorkGrain>(workId).ChangeOffers([.. offers!.Select(o => new WorkOffer(o.Tier, o.PriceMinor))]);
        await publicPages.EvictAsync(cancellationToken);   // the work's page and the catalog's "from" price
        return new(changed, []);
    }
}
