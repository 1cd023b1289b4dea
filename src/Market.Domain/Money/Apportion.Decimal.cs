using System.Numerics;

namespace Market.Domain.Money;

public static partial class Apportion
{
    private static readonly UInt128[] PowersOfTen = PowersOfTenUpTo(38);

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

        if (TryScaleNarrow(weights, out var narrow))
        {
            return Split(total, narrow);
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

        // The cheapest integer type that holds every scaled weight (and, past long, total · weight).
        if (TryScale(mantissas, scales, maxScale, long.MaxValue, out var scaled))
        {
            return Split(total, Array.ConvertAll(scaled, w => (long)w));
        }

        var int128Limit = (UInt128)(Int128.MaxValue / Math.Max(total, 1) / weights.Length);
        return TryScale(mantissas, scales, maxScale, int128Limit, out scaled)
            ? SplitExact(total, Array.ConvertAll(scaled, w => (Int128)w))
            : SplitExact(total, ScaleToBig(mantissas, scales, maxScale));
    }

    // A decimal is mantissa / 10^scale; trailing zeros are dropped so 0.50 and 0.5 scale alike.
    private static (UInt128 Mantissa, int Scale) Normalize(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (bits[2] == 0)
        {
            // Most scores fit 64 bits, where dividing by ten is a multiplication.
            while (scale > 0 && low != 0 && low % 10 == 0)
            {
                low /= 10;
                scale--;
            }

            return (low, low == 0 ? 0 : scale);
        }

        var mantissa = ((UInt128)(uint)bits[2] << 64) | low;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return (mantissa, scale);
    }

    // Scales each mantissa to the common scale, failing as soon as one would exceed the limit.
    // The per-shift bounds are computed once, not per weight: 128-bit division is slow.
    private static bool TryScale(UInt128[] mantissas, int[] scales, int maxScale, UInt128 limit, out UInt128[] scaled)
    {
        var bounds = new UInt128[maxScale + 1];
        for (var shift = 0; shift <= maxScale; shift++)
        {
            bounds[shift] = limit / PowersOfTen[shift];
        }

        scaled = new UInt128[mantissas.Length];
        for (var i = 0; i < mantissas.Length; i++)
        {
            var shift = maxScale - scales[i];
            if (mantissas[i] > bounds[shift])
            {
                return false;
            }

            scaled[i] = mantissas[i] * PowersOfTen[shift];
        }

        return true;
    }

    private static BigInteger[] ScaleToBig(UInt128[] mantissas, int[] scales, int maxScale) =>
        [.. mantissas.Select((m, i) => (BigInteger)m * (BigInteger)PowersOfTen[maxScale - scales[i]])];

    private static UInt128[] PowersOfTenUpTo(int exponent)
    {
        var powers = new UInt128[exponent + 1];
        powers[0] = 1;
        for (var e = 1; e <= exponent; e++)
        {
            powers[e] = powers[e - 1] * 10;
        }

        return powers;
    }
}
