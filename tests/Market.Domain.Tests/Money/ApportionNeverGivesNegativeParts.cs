using CsCheck;
using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class ApportionNeverGivesNegativeParts
{
    [Fact]
    public void For_any_total_and_weights()
    {
        ApportionGen.Split.Sample((total, weights) => Apportion.Split(total, weights).All(p => p >= 0), iter: 2_000);
    }

    [Fact]
    public void And_a_zero_weight_gets_nothing()
    {
        ApportionGen.Split.Sample((total, weights) =>
        {
            var parts = Apportion.Split(total, weights);
            return weights.Select((w, i) => w != 0 || parts[i] == 0).All(ok => ok);
        }, iter: 2_000);
    }
}
