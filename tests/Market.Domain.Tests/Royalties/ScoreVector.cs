namespace Market.Domain.Tests.Royalties;

/// <summary>
/// Attribution scores as an operator might send them: about one in six zero, the rest decimals at
/// scales from whole numbers down to 10^-9, and now and then an extreme one (19 digits, or 28
/// decimal places) that pushes <c>Apportion.SplitDecimal</c> onto its wide paths. Never all zero.
/// </summary>
internal static class ScoreVector
{
    public static decimal[] For(long seed, int count)
    {
        var scores = new decimal[count];
        for (var k = 0; k < count; k++)
        {
            scores[k] = Score(Noise.Of(seed, k, 17));
        }

        if (count > 0 && Array.TrueForAll(scores, s => s == 0m))
        {
            scores[0] = 1m;
        }

        return scores;
    }

    private static decimal Score(ulong bits) => (bits % 64) switch
    {
        < 11 => 0m,
        62 => new decimal((int)(bits >> 33), (int)(bits >> 40), 0, false, 0),
        63 => new decimal((int)(bits >> 33), 0, 0, false, 28),
        _ => new decimal((int)((bits >> 8) % 1_000_000_000), 0, 0, false, (byte)((bits >> 40) % 10)),
    };
}
