using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// The allocation of one order line (DESIGN 2.2): the fee that line bears, its net in micros and
/// the parts of that net — the platform's commission first — with Σ parts = net exactly.
/// </summary>
public sealed record SaleSplit(
    WorkId Asset,
    long PriceMinor,
    long FeeMinor,
    long NetMicros,
    long PlatformMicros,
    IReadOnlyList<RoyaltyPart> Parts)
{
    /// <summary>What flowed through the royalty graph: the net less the commission.</summary>
    public long DistributableMicros => NetMicros - PlatformMicros;
}
