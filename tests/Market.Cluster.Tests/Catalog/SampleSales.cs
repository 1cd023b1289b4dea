using Market.Contracts.Orders;
using Market.Contracts.Works;
using Market.Domain.Catalog;

namespace Market.Cluster.Tests.Catalog;

/// <summary>Works owned outright by their artist, sold at one price and paid as Stripe's webhook would report it.</summary>
public static class SampleSales
{
    /// <summary>The price of every sample work's personal license.</summary>
    public const long PriceMinor = 1_500;

    /// <summary>Stripe's fee on <see cref="PriceMinor"/>: 2.9 % + 30¢ of $15.00, rounded half up.</summary>
    public const long FeeMinor = 74;

    /// <summary>Registers work <paramref name="workId"/> owned outright by <paramref name="artistId"/>, as the API does with no split sheet.</summary>
    public static Task<WorkView> RegisterWorkAsync(IGrainFactory grains, string workId, string artistId, string title) =>
        grains.GetGrain<IWorkGrain>(workId).Register(new RegisterWork(
            artistId, title, "", "illustration", [], [new WorkOffer("personal", PriceMinor)], WorkConsent.From(Consent.None), [], [new WorkShare(artistId, 1_000_000)], null));

    /// <summary>Places <paramref name="order"/> for <paramref name="work"/> by <paramref name="buyerId"/> and marks it paid.</summary>
    public static async Task<OrderView> BuyAsync(IOrderGrain order, string buyerId, WorkView work)
    {
        var id = order.GetPrimaryKeyString();
        await order.Place(new PlaceOrder(buyerId, [new OrderLine("line-1", work.Id, work.Title, "personal", PriceMinor)]));
        return await order.MarkPaid(new OrderPayment($"evt_{id}", $"cs_{id}", $"pi_{id}", PriceMinor, FeeMinor, DateTimeOffset.UtcNow));
    }
}
