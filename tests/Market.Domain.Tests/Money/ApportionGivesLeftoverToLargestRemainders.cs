using CsCheck;
using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class ApportionGivesLeftoverToLargestRemainders
{
    [Fact]
    public void The_largest_fractional_remainder_takes_the_leftover_unit()
    {
        // 100·(1, 2, 4)/7 = 14.29, 28.57, 57.14: the floors leave one unit, and .57 is the largest rest.
        Apportion.Split(100, [1, 2, 4]).ShouldBe([14, 29, 57]);
    }

    [Fact]
    public void No_part_without_the_extra_unit_has_a_larger_remainder_than_one_with_it()
    {
        ApportionGen.Split.Sample((total, weights) =>
        {
            var parts = Apportion.Split(total, weights);
            var quotas = ApportionGen.Quotas(total, weights);
            var extra = Enumerable.Range(0, parts.Length).Where(i => parts[i] > quotas[i].Floor).ToArray();
            var none = Enumerable.Range(0, parts.Length).Where(i => parts[i] == quotas[i].Floor).ToArray();
            foreach (var i in extra)
            {
                foreach (var j in none)
                {
                    var before = quotas[i].Remainder > quotas[j].Remainder || (quotas[i].Remainder == quotas[j].Remainder && i < j);
                    before.ShouldBeTrue($"part {i} got the unit before part {j}");
                }
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Large_splits_select_the_same_recipients_as_a_full_sort()
    {
        var weights = Gen.Long[1, 1_000].Array[5_000, 20_000];
        Gen.Select(Gen.Long[0, 10_000_000], weights).Sample((total, w) =>
        {
            var quotas = ApportionGen.Quotas(total, w);
            var leftover = total - (long)quotas.Aggregate(System.Numerics.BigInteger.Zero, (s, q) => s + q.Floor);
            var expected = Enumerable.Range(0, w.Length).OrderByDescending(i => quotas[i].Remainder).ThenBy(i => i).Take((int)leftover).ToHashSet();
            var parts = Apportion.Split(total, w);
            for (var i = 0; i < w.Length; i++)
            {
                parts[i].ShouldBe((long)quotas[i].Floor + (expected.Contains(i) ? 1 : 0));
            }
        }, iter: 20);
    }
}
