namespace Market.Domain.Tests.Royalties;

/// <summary>
/// Deterministic pseudo-random numbers drawn from a step's numbers, so one generated step can make
/// many choices (a pool's ten thousand inclusion weights) and still replay and shrink as one value.
/// </summary>
internal static class Noise
{
    public static ulong Of(long a, long b = 0, long c = 0) => Mix(Mix(Mix((ulong)a) + (ulong)b) + (ulong)c);

    public static int Below(int bound, long a, long b = 0, long c = 0) => (int)(Of(a, b, c) % (ulong)bound);

    public static long Below(long bound, long a, long b = 0, long c = 0) => (long)(Of(a, b, c) % (ulong)bound);

    // SplitMix64's finaliser: every input bit moves every output bit.
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
