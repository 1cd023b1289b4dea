namespace Market.Domain.Money;

/// <summary>Weights in parts per million: 1,000,000 is the whole.</summary>
public static class Ppm
{
    /// <summary>The whole, 100 %.</summary>
    public const long Whole = 1_000_000;

    /// <summary>True when the value is a share between 0 and the whole, inclusive.</summary>
    public static bool IsShare(long value) => value is >= 0 and <= Whole;

    /// <summary>Returns <paramref name="value"/> when it is a share, else throws naming <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 0 or above 1,000,000.</exception>
    public static long EnsureShare(long value, string name) => IsShare(value)
        ? value
        : throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 0 and 1,000,000 ppm (was {value}).");
}
