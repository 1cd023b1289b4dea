using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class MicrosFloorNegativeAmounts
{
    [Fact]
    public void A_negative_balance_rounds_toward_minus_infinity_with_a_positive_rest()
    {
        Micros.ToWholeMinor(-1).ShouldBe((-1L, 9_999L));
        Micros.ToWholeMinor(-10_000).ShouldBe((-1L, 0L));
        Micros.ToWholeMinor(-10_001).ShouldBe((-2L, 9_999L));
    }

    [Fact]
    public void With_other_minor_digits()
    {
        Micros.ToWholeMinor(-1, minorDigits: 0).ShouldBe((-1L, 999_999L));
        Micros.ToWholeMinor(-1_500, minorDigits: 3).ShouldBe((-2L, 500L));
    }
}
