using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class PaymentFeesInSandboxMode
{
    [Theory]
    [InlineData(2_000, 88)] // the worked example: 58 + 30
    [InlineData(1_000, 59)] // 29 + 30
    [InlineData(500, 45)] // 14.5 rounds half up to 15
    [InlineData(1_500, 74)] // 43.5 rounds half up to 44
    [InlineData(50, 31)] // 1.45 rounds down to 1
    [InlineData(1_724, 80)] // 49.996 rounds up to 50
    public void Are_two_point_nine_percent_plus_thirty_rounded_half_up(long chargeMinor, long feeMinor)
    {
        PaymentFees.Sandbox(chargeMinor).ShouldBe(feeMinor);
    }

    [Fact]
    public void No_charge_carries_no_fee()
    {
        PaymentFees.Sandbox(0).ShouldBe(0);
    }

    [Fact]
    public void A_negative_charge_is_rejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => PaymentFees.Sandbox(-1));
    }
}
