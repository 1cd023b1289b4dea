namespace Market.Domain.Money;

/// <summary>Weights in parts per million: 1,000,000 is the whole.</summary>
public static class Ppm
{
    /// <summary>The whole, 100 %.</summary>
    public const long Whole = 1_000_000;

    /// <summary>True when the value is a share between 0 and the whole, inclusive.</summary>
    public static bool IsShare(long value) => value is >= 0 and <= Whole;
}
