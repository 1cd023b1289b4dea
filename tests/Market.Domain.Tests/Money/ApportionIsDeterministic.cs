using CsCheck;
using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class ApportionIsDeterministic
{
    [Fact]
    public void The_same_input_gives_the_same_parts()
    {
        ApportionGen.Split.Sample((total, weights) =>
            Apportion.Split(total, weights).SequenceEqual(Apportion.Split(total, [.. weights])), iter: 1_000);
    }

    [Fact]
    public void The_list_overload_agrees_with_the_span_one()
    {
        ApportionGen.Split.Sample((total, weights) =>
            Apportion.Split(total, (IReadOnlyList<long>)weights.ToList()).SequenceEqual(Apportion.Split(total, weights)), iter: 1_000);
    }
}
