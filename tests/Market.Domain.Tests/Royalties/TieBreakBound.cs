using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// The bound renaming recipients must respect, checked per recipient (a party, a pool's floor, the platform).
/// <para>
/// One Apportion gives each recipient ⌊q⌋ or ⌊q⌋ + 1 of its exact quota q = T·w/W, and never
/// ⌊q⌋ + 1 when q is whole, so its part lies in (q − 1, q + 1). Renaming reorders the weights
/// but leaves each recipient's own weight, hence its quota, alone: with the same total T the
/// part moves by at most the one unit a tie hands to someone else. When the total reaching the
/// call already differs by d, the quota moves by at most d·w/W ≤ d and the part by less than
/// d + 2, so by at most d + 1. The commission split sees the same net (d = 0), so by induction a
/// part reached through k Apportion calls (<see cref="ApportionSteps"/>) moves by at most k micros.
/// </para>
/// <para>
/// Parts are matched by role, recipient and path, named back in the original ids. A part can be
/// missing on one side (its amount became 0), so a recipient's bound is the sum of k over the
/// parts it has in either allocation; its total may move by no more than that.
/// </para>
/// </summary>
internal static class TieBreakBound
{
    /// <returns>The micros moved in all, so a caller can see that ties were in play.</returns>
    public static long ShouldHoldBetween(IRoyaltyGraph graph, IReadOnlyList<RoyaltyPart> original, IReadOnlyList<RoyaltyPart> renamed, Origin origin)
    {
        renamed.Sum(p => p.AmountMicros).ShouldBe(original.Sum(p => p.AmountMicros));
        var before = original.CountBy(Key).ToDictionary();
        var after = renamed.CountBy(Key).ToDictionary();
        var bounds = new Dictionary<(PartyId?, ModelId?), long>();
        foreach (var key in before.Keys.Union(after.Keys))
        {
            var times = Math.Max(before.GetValueOrDefault(key), after.GetValueOrDefault(key));
            var recipient = (key.Party, key.Pool);
            bounds[recipient] = bounds.GetValueOrDefault(recipient) + (times * ApportionSteps.On(graph, key.Role, key.Path, origin));
        }

        var (was, now) = (Totals(original), Totals(renamed));
        long moved = 0;
        foreach (var (recipient, bound) in bounds)
        {
            var change = Math.Abs(now.GetValueOrDefault(recipient) - was.GetValueOrDefault(recipient));
            change.ShouldBeLessThanOrEqualTo(bound, $"recipient {recipient}: {was.GetValueOrDefault(recipient)} became {now.GetValueOrDefault(recipient)}");
            moved += change;
        }

        return moved;
    }

    private static (RoyaltyRole Role, PartyId? Party, ModelId? Pool, RoyaltyPath Path) Key(RoyaltyPart part) =>
        (part.Role, part.Party, part.Pool, part.Path);

    private static Dictionary<(PartyId?, ModelId?), long> Totals(IReadOnlyList<RoyaltyPart> parts) =>
        parts.GroupBy(p => (p.Party, p.Pool)).ToDictionary(g => g.Key, g => g.Sum(p => p.AmountMicros));
}
