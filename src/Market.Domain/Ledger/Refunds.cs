using Market.Domain.Money;

namespace Market.Domain.Ledger;

/// <summary>How much of a sale's net a refund reverses (DESIGN 2.4).</summary>
public static class Refunds
{
    /// <summary>
    /// R = N·r/P micros, rounded half up, and exactly N when r = P. Taken on the cumulative refunded
    /// amount, so the reversals of several partial refunds add up to what one refund of their sum
    /// would reverse, and never to more than N.
    /// </summary>
    /// <param name="sale">The sale line's amounts.</param>
    /// <param name="refundedMinor">Minor units refunded so far, from 0 to the price.</param>
    /// <exception cref="ArgumentOutOfRangeException">The refunded amount is negative or above the price.</exception>
    public static long ReversedNet(SaleAmounts sale, long refundedMinor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(refundedMinor);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(refundedMinor, sale.PriceMinor);
        if (refundedMinor == sale.PriceMinor)
        {
            return sale.NetMicros;
        }

        // Half up: ⌊(2·N·r + P) / 2P⌋; Int128 keeps N·r exact.
        var doubled = (2 * (Int128)sale.NetMicros * refundedMinor) + sale.PriceMinor;
        return (long)(doubled / (2 * (Int128)sale.PriceMinor));
    }

    /// <summary>The micros of <paramref name="minor"/> minor units of the sale's currency.</summary>
    internal static long MicrosOf(SaleAmounts sale, long minor) => Micros.FromMinor(minor, sale.MinorDigits);
}
