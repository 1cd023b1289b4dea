using CsCheck;
using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class MicrosKeepTheSubCentRest
{
    [Fact]
    public void Whole_cents_leave_and_the_rest_stays()
    {
        Micros.ToWholeMinor(19_125_432).ShouldBe((1912L, 5_432L));
        Micros.ToWholeMinor(9_999).ShouldBe((0L, 9_999L));
        Micros.ToWholeMinor(10_000).ShouldBe((1L, 0L));
    }

    [Fact]
    public void Nothing_is_rounded_away()
    {
        Gen.Select(Gen.Long[long.MinValue / 2, long.MaxValue / 2], Gen.OneOf(Gen.Const(0), Gen.Const(2), Gen.Const(3))).Sample((micros, digits) =>
        {
            var perMinor = Micros.PerMinor(digits);
            var (minor, rest) = Micros.ToWholeMinor(micros, digits);
            ((minor * perMinor) + rest).ShouldBe(micros);
            rest.ShouldBeInRange(0, perMinor - 1);
        }, iter: 2_000);
    }
}
