namespace Market.Domain.Money;

/// <summary>
/// Payment fees in minor units (DESIGN 2.2, step 1). In Stripe mode the fee is the charge's real
/// balance-transaction fee; sandbox mode charges the card-rate formula here.
/// </summary>
public static class PaymentFees
{
    /// <summary>The sandbox percentage, in tenths of a percent: 2.9 %.</summary>
    public const long SandboxPermille = 29;

    /// <summary>The sandbox fixed fee per charge, in minor units.</summary>
    public const long SandboxFixedMinor = 30;

    /// <summary>The sandbox fee for one charge: 2.9 % + 30 minor units, rounded half up to a minor unit.</summary>
    /// <remarks>A zero charge is no charge at all, so it carries no fee.</remarks>
    public static long Sandbox(long chargeMinor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chargeMinor);
        if (chargeMinor == 0)
        {
            return 0;
        }

        // Adding half the divisor before the integer division rounds half up; Int128 keeps it exact.
        var percentage = (((Int128)chargeMinor * SandboxPermille) + 500) / 1000;
        return checked((long)percentage + SandboxFixedMinor);
    }

    /// <summary>
    /// Apportions a charge's fee across its order lines by price, in line order, so Σ = fee exactly.
    /// </summary>
    /// <exception cref="ArgumentException">No lines, a negative price, or a fee on lines that are all free.</exception>
    public static long[] AcrossLines(long feeMinor, ReadOnlySpan<long> linePricesMinor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(feeMinor);
        if (feeMinor == 0 && !linePricesMinor.IsEmpty && AllZero(linePricesMinor))
        {
            return new long[linePricesMinor.Length];
        }

        return Apportion.Split(feeMinor, linePricesMinor);
    }

    private static bool AllZero(ReadOnlySpan<long> values)
    {
        foreach (var value in values)
        {
            if (value != 0)
            {
                return false;
            }
        }

        return true;
    }
}
