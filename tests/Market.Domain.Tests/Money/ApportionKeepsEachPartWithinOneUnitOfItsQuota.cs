using CsCheck;
using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class ApportionKeepsEachPartWithinOneUnitOfItsQuota
{
    [Fact]
    public void Each_part_is_the_floor_of_its_exact_quota_or_one_more()
    {
        ApportionGen.Split.Sample((total, weights) =>
        {
            var parts = Apportion.Split(total, weights);
            var quotas = ApportionGen.Quotas(total, weights);
            for (var i = 0; i < parts.Length; i++)
            {
                (parts[i] - quotas[i].Floor).ShouldBeInRange(0, 1, $"part {i}");
            }
        }, iter: 2_000);
    }

    [Fact]
    public void An_exact_quota_gets_no_extra_unit()
    {
        Apportion.Split(700, [1, 2, 4]).ShouldBe([100, 200, 400]);
    }
}
