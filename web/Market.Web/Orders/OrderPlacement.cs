using Market.Contracts.Orders;
using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain;
using Market.Domain.Ids;
using Market.Payments;
using Market.Payments.Checkout;
using Market.Web.Api;

namespace Market.Web.Orders;

/// <summary>A license to buy: a work and a tier.</summary>
public sealed record OrderItem(string? WorkId, string? Tier);

/// <summary>The outcome of placing an order: the order with its checkout, or the problems by field.</summary>
public sealed record OrderPlacementResult(OrderView? Order, Dictionary<string, string[]> Errors, string? PaymentProblem = null);

/// <summary>
/// Places an order from the API or the cart page and opens its checkout. Retries and double
/// clicks find the same order: by the caller's idempotency key, or else by the buyer's open order
/// for exactly these items; the checkout session is idempotent per order.
/// </summary>
public sealed class OrderPlacement(IGrainFactory grains, ICheckoutGateway checkout)
{
    /// <summary>Most lines in one order.</summary>
    public const int MaxItems = 50;

    /// <summary>Places (or finds) the order and its checkout session.</summary>
    public async Task<OrderPlacementResult> PlaceAsync(string buyerId, IReadOnlyList<OrderItem>? items, string? idempotencyKey, Uri site, CancellationToken cancellationToken)
    {
        var (lines, errors) = await PriceAsync(items ?? []);
        if (errors.Count > 0) return new(null, errors);

        var itemsKey = string.Join('|', lines.Select(l => $"{l.WorkId}:{l.Tier}").Order(StringComparer.Ordinal));
        var orderId = idempotencyKey is { Length: > 0 }
            ? IdempotencyKey.IdFor("o_", buyerId, idempotencyKey)
            : await grains.GetGrain<IPartyGrain>(buyerId).OpenOrderFor(itemsKey);
        var order = grains.GetGrain<IOrderGrain>(orderId);
        var placed = await order.Place(new PlaceOrder(buyerId, lines));
        if (placed.CheckoutUrl is not null || placed.Status != OrderStatus.Pending) return new(placed, []);

        var buyer = await grains.GetGrain<IPartyGrain>(buyerId).Get();
        try
        {
            var session = await checkout.CreateSessionAsync(new CheckoutRequest(
                placed.Id, buyer?.Email, placed.Lines.Select(l => new CheckoutLine(new WorkId(l.WorkId), l.Title, l.Tier, l.PriceMinor)).ToList(),
                new Uri(site, $"/Orders/{placed.Id}").ToString(), new Uri(site, "/Cart").ToString()), cancellationToken);
            return new(await order.AttachCheckout(session.SessionId, session.Url), []);
        }
        catch (PaymentException e)
        {
            return new(placed, [], e.Message);
        }
    }

    private async Task<(List<OrderLine> Lines, Dictionary<string, string[]> Errors)> PriceAsync(IReadOnlyList<OrderItem> items)
    {
        var errors = new ValidationErrors();
        if (items.Count == 0) errors.Add("items", "An order needs at least one item.");
        if (items.Count > MaxItems) errors.Add("items", $"At most {MaxItems} items in one order.");
        var lines = new List<OrderLine>();
        for (var i = 0; i < items.Count && i < MaxItems; i++)
        {
            var (workId, tier) = (items[i].WorkId, items[i].Tier);
            var work = string.IsNullOrWhiteSpace(workId) ? null : await grains.GetGrain<IWorkGrain>(workId).Get();
            var offer = work?.Offers.FirstOrDefault(o => o.Tier == tier);
            if (work is null) errors.Add($"items[{i}].workId", $"No work has id '{workId}'.");
            else if (!work.IsForSale) errors.Add($"items[{i}].workId", $"'{work.Title}' ({work.Id}) is not for sale until everyone named on it accepts their role.");
            else if (offer is null) errors.Add($"items[{i}].tier", $"'{work.Title}' is not offered at tier '{tier}'.");
            else if (lines.Any(l => l.WorkId == work.Id && l.Tier == offer.Tier)) errors.Add($"items[{i}]", "The same license is in the order twice.");
            else lines.Add(new OrderLine((lines.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), work.Id, work.Title, offer.Tier, offer.PriceMinor));
        }

        return (lines, errors.ToDictionary());
    }
}
