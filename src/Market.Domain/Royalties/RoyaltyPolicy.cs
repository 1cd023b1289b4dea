using Market.Domain.Money;

namespace Market.Domain.Royalties;

/// <summary>The platform-wide royalty settings (DESIGN 2, 2.2), each a share in ppm.</summary>
public sealed record RoyaltyPolicy
{
    /// <summary>The default share of a model's pool paid to every contribution by inclusion weight.</summary>
    public const long DefaultInclusionFloorPpm = 500_000;

    /// <summary>The defaults: 15 % commission, 50 % stack cap, 20 % fair-pool floor.</summary>
    public static RoyaltyPolicy Default { get; } = new();

    /// <summary>The platform's commission on every sale's net.</summary>
    public long PlatformPpm { get; init => field = Ppm.EnsureShare(value, nameof(PlatformPpm)); } = 150_000;

    /// <summary>The most a work's ancestry may take of it; edges that would exceed it are rejected.</summary>
    public long StackCapPpm { get; init => field = Ppm.EnsureShare(value, nameof(StackCapPpm)); } = 500_000;

    /// <summary>The least a model version's output terms may give its contributor pool.</summary>
    public long FairPoolFloorPpm { get; init => field = Ppm.EnsureShare(value, nameof(FairPoolFloorPpm)); } = 200_000;
}
