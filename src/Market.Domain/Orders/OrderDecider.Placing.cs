using System.Globalization;

namespace Market.Domain.Orders;

public static partial class OrderDecider
{
    // What makes a placement well formed. The catalog's own checks (the work exists, the tier is offered
    // at this price) need the catalog and stay with whoever prices the lines.
    private static class Placing
    {
        public static OrderDecision Decide(OrderCommand.Place place, DateTimeOffset now)
        {
            if (Problem(place) is { } problem)
            {
                return OrderDecision.Refuse(OrderRefusalReason.InvalidPlacement, problem.Message, problem.Field);
            }

            var currency = place.Currency.ToLowerInvariant();
            return OrderDecision.Accept(new OrderEvent.Placed(place.OrderId, place.BuyerId, currency, [.. place.Lines], now));
        }

        private static (string Field, string Message)? Problem(OrderCommand.Place place)
        {
            if (string.IsNullOrWhiteSpace(place.OrderId)) return ("orderId", "An order needs an id.");
            if (string.IsNullOrWhiteSpace(place.BuyerId)) return ("buyerId", "An order needs a buyer.");
            if (string.IsNullOrWhiteSpace(place.Currency)) return ("currency", "An order needs a currency.");
            if (place.Lines.Count == 0) return ("items", "An order needs at least one item.");
            if (place.Lines.Count > Order.MaxLines) return ("items", Text($"At most {Order.MaxLines} items in one order."));
            var seenIds = new HashSet<string>(StringComparer.Ordinal);
            var seenLicenses = new HashSet<(string, string)>();
            for (var i = 0; i < place.Lines.Count; i++)
            {
                var line = place.Lines[i];
                if (string.IsNullOrWhiteSpace(line.LineId) || !seenIds.Add(line.LineId)) return (Text($"items[{i}].lineId"), "Every line needs its own id.");
                if (line.PriceMinor < 0) return (Text($"items[{i}].priceMinor"), "A price cannot be negative.");
                if (!seenLicenses.Add((line.WorkId, line.Tier))) return (Text($"items[{i}]"), "The same license is in the order twice.");
            }

            return null;
        }

        private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
