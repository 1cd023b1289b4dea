namespace Market.Domain.Money;

/// <summary>
/// Ledger amounts are micros (10^-6 of the major unit); prices and charges are minor units.
/// Conversion from minor units is exact; back to minor units only whole cents leave, the rest stays.
/// </summary>
public static class Micros
{
    /// <summary>Micros in one major unit.</summary>
    public const long PerMajor = 1_000_000;

    /// <summary>Micros in one minor unit of a currency with <paramref name="minorDigits"/> decimals.</summary>
    public static long PerMinor(int minorDigits) => minorDigits switch
    {
        0 => 1_000_000,
        2 => 10_000,
        3 => 1_000,
        _ => throw new ArgumentOutOfRangeException(nameof(minorDigits), minorDigits, "Supported currencies have 0, 2 or 3 minor digits."),
    };

    /// <summary>Minor units to micros, checked against overflow.</summary>
    public static long FromMinor(long minor, int minorDigits = 2) => checked(minor * PerMinor(minorDigits));

    /// <summary>Whole minor units in an amount of micros, and the sub-unit rest that is brought forward.</summary>
    public static (long Minor, long RestMicros) ToWholeMinor(long micros, int minorDigits = 2)
    {
        var perMinor = PerMinor(minorDigits);
        var minor = Math.DivRem(micros, perMinor, out var rest);
        if (rest < 0)
        {
            // Floor toward negative infinity so the rest is never negative.
            minor--;
            rest += perMinor;
        }

        return (minor, rest);
    }
}
