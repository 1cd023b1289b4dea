namespace Market.Domain.Money;

public static partial class Apportion
{
    private static readonly long[] LongPowersOfTen = [.. PowersOfTenUpTo(18).Select(p => (long)p)];

    // The common case of SplitDecimal, all in 64 bits: every score is a non-negative decimal whose
    // mantissa fits a long, and every weight scaled to the common scale still fits a long. The
    // scaled weights are exactly those of the general path, so the parts are too; anything else
    // (a negative, a wide mantissa, an overflow) returns false and takes the general path.
    private static bool TryScaleNarrow(ReadOnlySpan<decimal> weights, out long[] scaled)
    {
        scaled = new long[weights.Length];
        var scales = new byte[weights.Length];
        var maxScale = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (!TryNormalizeNarrow(weights[i], out scaled[i], out var scale))
            {
                return false;
            }

            scales[i] = (byte)scale;
            maxScale = Math.Max(maxScale, scale);
        }

        if (maxScale >= LongPowersOfTen.Length)
        {
            return false;
        }

        Span<long> bounds = stackalloc long[maxScale + 1];
        for (var shift = 0; shift <= maxScale; shift++)
        {
            bounds[shift] = long.MaxValue / LongPowersOfTen[shift];
        }

        for (var i = 0; i < scaled.Length; i++)
        {
            var shift = maxScale - scales[i];
            if (scaled[i] > bounds[shift])
            {
                return false;
            }

            scaled[i] *= LongPowersOfTen[shift];
        }

        return true;
    }

    // As Normalize, for a non-negative decimal whose 96-bit mantissa has nothing above 63 bits.
    private static bool TryNormalizeNarrow(decimal value, out long mantissa, out int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        scale = (bits[3] >> 16) & 0xFF;
        mantissa = (long)low;
        if ((bits[3] < 0 && low != 0) || bits[2] != 0 || low > long.MaxValue)
        {
            return false;
        }

        while (scale > 0 && mantissa != 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        scale = mantissa == 0 ? 0 : scale;
        return true;
    }
}
