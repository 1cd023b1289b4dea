using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class ApportionRejectsBadInput
{
    [Fact]
    public void No_weights()
    {
        var error = Should.Throw<ArgumentException>(() => Apportion.Split(10, ReadOnlySpan<long>.Empty));
        error.Message.ShouldContain("empty");
        error.ParamName.ShouldBe("weights");
    }

    [Fact]
    public void A_negative_weight_named_by_its_index()
    {
        var error = Should.Throw<ArgumentException>(() => Apportion.Split(10, [1, 2, -3]));
        error.Message.ShouldContain("Weight 2 is negative (-3)");
    }

    [Fact]
    public void Weights_that_are_all_zero()
    {
        var error = Should.Throw<ArgumentException>(() => Apportion.Split(10, [0, 0]));
        error.Message.ShouldContain("all zero");
    }

    [Fact]
    public void A_negative_total()
    {
        var error = Should.Throw<ArgumentOutOfRangeException>(() => Apportion.Split(-1, [1]));
        error.Message.ShouldContain("negative");
        error.ParamName.ShouldBe("total");
    }

    [Fact]
    public void The_same_for_decimal_weights()
    {
        Should.Throw<ArgumentException>(() => Apportion.SplitDecimal(10, ReadOnlySpan<decimal>.Empty)).Message.ShouldContain("empty");
        Should.Throw<ArgumentException>(() => Apportion.SplitDecimal(10, [0.5m, -0.1m])).Message.ShouldContain("Weight 1 is negative (-0.1)");
        Should.Throw<ArgumentException>(() => Apportion.SplitDecimal(10, [0m, 0.00m])).Message.ShouldContain("all zero");
        Should.Throw<ArgumentOutOfRangeException>(() => Apportion.SplitDecimal(-5, [1m]));
    }

    [Fact]
    public void Zero_to_split_is_not_an_error()
    {
        Apportion.Split(0, [3, 4]).ShouldBe([0, 0]);
    }
}
