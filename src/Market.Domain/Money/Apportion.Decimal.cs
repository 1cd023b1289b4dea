using System.Numerics;

namespace Market.Domain.Money;

public static partial class Apportion
{
    private static readonly long[] PowersOfTen = PowersOfTenUpTo(18);

    /// <summary>
    /// Splits <paramref name="total"/> by decimal weights (attribution scores), exactly: every weight
    /// is scaled by one common power of ten into an integer, which keeps the ratios, so the parts are
    /// those of the integer split. No decimal division, so nothing is rounded before apportioning.
    /// </summary>
    /// <exception cref="ArgumentException">No weights, a negative weight, or all weights zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative total.</exception>
    public static long[] SplitDecimal(long total, ReadOnlySpan<decimal> weights)
    {
        EnsureTotal(total);
        if (weights.IsEmpty)
        {
            throw new ArgumentException("At least one weight is needed; the weights are empty.", nameof(weights));
        }

        var mantissas = new UInt128[weights.Length];
        var scales = new int[weights.Length];
        var maxScale = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0m)
            {
                throw new ArgumentException($"Weight {i} is negative ({weights[i]}).", nameof(weights));
            }

            (mantissas[i], scales[i]) = Normalize(weights[i]);
            maxScale = Math.Max(maxScale, scales[i]);
        }

        return TryScaleToLong(mantissas, scales, maxScale, out var integers)
            ? Split(total, integers)
            : SplitBig(total, ScaleToBig(mantissas, scales, maxScale));
    }

    // A decimal is mantissa / 10^scale; trailing zeros are dropped so 0.50 and 0.5 scale alike.
    private static (UInt128 Mantissa, int Scale) Normalize(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        if (mantissa == 0)
        {
            return (0, 0);
        }

        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return (mantissa, scale);
    }

    private static bool TryScaleToLong(UInt128[] mantissas, int[] scales, int maxScale, out long[] integers)
    {
        integers = new long[mantissas.Length];
        for (var i = 0; i < mantissas.Length; i++)
        {
            var shift = maxScale - scales[i];
            if (mantissas[i] == 0)
            {
                continue;
            }

            if (shift >= PowersOfTen.Length || mantissas[i] > (UInt128)(long.MaxValue / PowersOfTen[shift]))
            {
                return false;
            }

            integers[i] = (long)mantissas[i] * PowersOfTen[shift];
        }

        return true;
    }

    private static long[] PowersOfTenUpTo(int exponent)
    {
        var powers = new long[exponent + 1];
        powers[0] = 1;
        for (var e = 1; e <= exponent; e++)
        {
            powers[e] = powers[e - 1] * 10;
        }

        return powers;
    }

    private static BigInteger[] ScaleToBig(UInt128[] mantissas, int[] scales, int maxScale)
    {
        var integers = new BigInteger[mantissas.Length];
        for (var i = 0; i < mantissas.Length; i++)
        {
            integers[i] = (BigInteger)mantissas[i] * BigInteger.Pow(10, maxScale - scales[i]);
        }

        return integers;
    }
}
