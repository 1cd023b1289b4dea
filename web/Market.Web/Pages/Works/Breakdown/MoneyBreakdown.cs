using Market.Contracts.Parties;
using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;
using Market.Grains.Royalties;

namespace Market.Web.Pages.Works.Breakdown;

/// <summary>One slice of a price: who gets it and why.</summary>
public sealed record MoneySlice(string Label, string Detail, string Role, long AmountMicros);

/// <summary>Where the money from one license goes, from the real allocation, ready to draw.</summary>
public sealed record MoneyBreakdown(string Tier, long PriceMinor, IReadOnlyList<MoneySlice> Slices)
{
    /// <summary>The price in micros: the slices add up to it exactly.</summary>
    public long TotalMicros => Micros.FromMinor(PriceMinor);

    /// <summary>
    /// The split of <paramref name="priceMinor"/> for <paramref name="workId"/>, with names for every
    /// party: the payment fee, the platform, then each recipient as the allocator ordered them.
    /// </summary>
    public static async Task<MoneyBreakdown> ComputeAsync(
        string workId, string tier, long priceMinor, RoyaltyGraphLoader graphs, RoyaltyPolicy policy, IGrainFactory grains)
    {
        var fee = PaymentFees.Sandbox(priceMinor);
        var graph = await graphs.LoadAsync([workId], policy);
        var split = new RoyaltyAllocator(graph, policy).AllocateSale(new WorkId(workId), priceMinor, fee);
        var slices = new List<MoneySlice>
        {
            new("Payment processing", "card fee, kept by the payment provider", "fee", Micros.FromMinor(split.FeeMinor)),
        };
        foreach (var part in split.Parts)
        {
            slices.Add(new MoneySlice(await NameAsync(part, grains), Describe(part), RoleCss(part.Role), part.AmountMicros));
        }

        return new MoneyBreakdown(tier, priceMinor, slices);
    }

    private static async Task<string> NameAsync(RoyaltyPart part, IGrainFactory grains) => part switch
    {
        { Role: RoyaltyRole.Platform } => "Market",
        { Role: RoyaltyRole.PoolFloor } => "Training contributors",
        { Party: { } party } => (await grains.GetGrain<IPartyGrain>(party.Value).Get())?.DisplayName ?? party.Value,
        _ => "unknown",
    };

    private static string Describe(RoyaltyPart part) => part.Role switch
    {
        RoyaltyRole.Platform => "platform commission",
        RoyaltyRole.Owner => "the artist",
        RoyaltyRole.Collaborator => "a collaborator on the work",
        RoyaltyRole.Ancestor => "an artist whose work this one derives from",
        RoyaltyRole.Creator => "the person who made this piece with the model",
        RoyaltyRole.ModelOwner => "the model's owner",
        RoyaltyRole.Contributor => part.AttributionPpm is { } ppm
            ? $"an artist whose work trained the model, attributed {ppm / 10_000m:0.##} % of this piece"
            : "an artist whose work trained the model",
        RoyaltyRole.PoolFloor => "every artist in the model's training set, by inclusion weight",
        _ => part.Role.ToString(),
    };

    private static string RoleCss(RoyaltyRole role) => role switch
    {
        RoyaltyRole.Platform => "platform",
        RoyaltyRole.Creator or RoyaltyRole.Owner or RoyaltyRole.Collaborator => "creator",
        RoyaltyRole.ModelOwner => "model",
        _ => "contributors",
    };
}
