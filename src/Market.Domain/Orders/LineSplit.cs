using Market.Domain.Money;

namespace Market.Domain.Orders;

/// <summary>
/// Spreads an amount returned to the buyer over the order's lines. Weights are what each line can
/// still give back (its price less what it already returned): on an untouched order that is its
/// price, as DESIGN 2.4 asks, and after partial refunds it keeps every line within its price.
/// </summary>
internal sealed class LineSplit
{
    private readonly List<string> _lineIds;
    private readonly Dictionary<string, long> _left;

    public LineSplit(Order order)
    {
        _lineIds = [.. order.Lines.Select(l => l.LineId)];
        _left = order.Lines.ToDictionary(l => l.LineId, l => Math.Max(0, l.PriceMinor - order.ReturnedMinorOf(l.LineId)), StringComparer.Ordinal);
    }

    /// <summary>What all lines can still give back.</summary>
    public long LeftMinor => _left.Values.Sum();

    /// <summary>
    /// Takes <paramref name="amountMinor"/> from <paramref name="lineId"/> when it has that much left,
    /// otherwise from every line by what each has left; never more than the lines hold in all.
    /// </summary>
    public IReadOnlyList<LineShare> Take(string? lineId, long amountMinor)
    {
        if (lineId is not null && _left.TryGetValue(lineId, out var onLine) && onLine >= amountMinor)
        {
            _left[lineId] = onLine - amountMinor;
            return amountMinor > 0 ? [new LineShare(lineId, amountMinor)] : [];
        }

        var total = Math.Min(amountMinor, LeftMinor);
        if (total <= 0)
        {
            return [];
        }

        var shares = Apportion.Split(total, [.. _lineIds.Select(id => _left[id])]);
        var taken = new List<LineShare>();
        for (var i = 0; i < shares.Length; i++)
        {
            if (shares[i] > 0)
            {
                _left[_lineIds[i]] -= shares[i];
                taken.Add(new LineShare(_lineIds[i], shares[i]));
            }
        }

        return taken;
    }
}
