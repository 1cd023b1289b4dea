using Market.Domain.Catalog;
using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;
using Market.Grains.Royalties;

namespace Market.Web.Api.Royalties;

/// <summary>
/// <c>GET /api/v1/works/{id}/royalty-split?priceMinor=N</c>: who would be paid what from a sale at
/// that price, computed by the same allocation code that posts real sales. The fee is the sandbox
/// rate (2.9 % + 30); a real charge's fee comes from Stripe's balance transaction.
/// </summary>
public static class RoyaltySplit
{
    /// <summary>One recipient. A pool's inclusion floor has no party, only its model.</summary>
    public sealed record Line(string? PartyId, string Role, IReadOnlyList<string> Path, long AmountMicros, string? ModelId, long? AttributionPpm);

    /// <summary>The answer; Σ lines + platform = net.</summary>
    public sealed record Response(string WorkId, long PriceMinor, long FeeMinor, long NetMicros, long PlatformMicros, IReadOnlyList<Line> Lines);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(string id, string? priceMinor, RoyaltyGraphLoader graphs, RoyaltyPolicy policy)
    {
        if (!long.TryParse(priceMinor, out var price) || price <= 0)
            return Problems.Field("priceMinor", "priceMinor must be a positive whole number of minor units, e.g. ?priceMinor=2000.");
        if (price > WorkRules.MaxPriceMinor)
            return Problems.Field("priceMinor", $"priceMinor is above {WorkRules.MaxPriceMinor}, the dearest price a work may have.");
        var fee = PaymentFees.Sandbox(price);
        if (fee >= price)
            return Problems.Field("priceMinor", $"A price of {price} does not cover the payment fee of {fee}.");

        IRoyaltyGraph graph;
        try
        {
            graph = await graphs.LoadAsync([id], policy);
        }
        catch (KeyNotFoundException e)
        {
            return Problems.NotFound(e.Message);
        }

        var split = new RoyaltyAllocator(graph, policy).AllocateSale(new WorkId(id), price, fee);
        return Results.Ok(ToResponse(split));
    }

    /// <summary>The wire shape of a split.</summary>
    public static Response ToResponse(SaleSplit split) => new(
        split.Asset.Value, split.PriceMinor, split.FeeMinor, split.NetMicros, split.PlatformMicros,
        split.Parts.Where(p => p.Role != RoyaltyRole.Platform)
            .Select(p => new Line(p.Party?.Value, RoleName(p.Role), p.Path.ToLabels(), p.AmountMicros, p.Pool?.Value, p.AttributionPpm))
            .ToList());

    /// <summary>The API's camelCase spelling of a role.</summary>
    public static string RoleName(RoyaltyRole role) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(role.ToString());
}
