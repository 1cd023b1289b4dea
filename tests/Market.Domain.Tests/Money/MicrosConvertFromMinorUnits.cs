using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class MicrosConvertFromMinorUnits
{
    [Fact]
    public void A_cent_is_ten_thousand_micros()
    {
        Micros.FromMinor(1).ShouldBe(10_000);
        Micros.FromMinor(1912).ShouldBe(19_120_000);
    }

    [Fact]
    public void Currencies_with_zero_or_three_minor_digits()
    {
        Micros.FromMinor(5, minorDigits: 0).ShouldBe(5_000_000);
        Micros.FromMinor(5, minorDigits: 3).ShouldBe(5_000);
    }

    [Fact]
    public void Negative_amounts_convert_exactly()
    {
        Micros.FromMinor(-250).ShouldBe(-2_500_000);
    }

    [Fact]
    public void Overflow_is_an_error_not_a_wrap()
    {
        Should.Throw<OverflowException>(() => Micros.FromMinor(long.MaxValue / 1_000));
    }

    [Fact]
    public void Unsupported_minor_digits_are_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Micros.FromMinor(1, minorDigits: 4)).ParamName.ShouldBe("minorDigits");
    }
}
