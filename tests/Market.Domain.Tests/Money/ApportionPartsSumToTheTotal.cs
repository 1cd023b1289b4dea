using CsCheck;
using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class ApportionPartsSumToTheTotal
{
    [Fact]
    public void For_any_total_and_weights()
    {
        ApportionGen.Split.Sample((total, weights) =>
        {
            var parts = Apportion.Split(total, weights);
            parts.Length.ShouldBe(weights.Length);
            parts.Aggregate(Int128.Zero, (sum, p) => sum + p).ShouldBe(total);
        }, iter: 2_000);
    }

    [Fact]
    public void For_a_total_that_does_not_divide_evenly()
    {
        Apportion.Split(100, [1, 1, 1]).Sum().ShouldBe(100);
        Apportion.Split(19_120_000, [150_000, 850_000]).ShouldBe([2_868_000, 16_252_000]);
    }
}
