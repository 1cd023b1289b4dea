using CsCheck;
using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class PaymentFeesAreApportionedAcrossLinesByPrice
{
    [Fact]
    public void In_proportion_to_each_line_price()
    {
        PaymentFees.AcrossLines(88, [1_500, 500]).ShouldBe([66, 22]);
        PaymentFees.AcrossLines(89, [1_000, 1_000]).ShouldBe([45, 44]);
    }

    [Fact]
    public void The_line_fees_sum_to_the_charge_fee_and_never_exceed_a_line_price()
    {
        Gen.Long[0, 1_000_000].Array[1, 20].Where(p => p.Sum() > 0).Sample(prices =>
        {
            var fee = PaymentFees.Sandbox(prices.Sum());
            var fees = PaymentFees.AcrossLines(fee, prices);
            fees.Sum().ShouldBe(fee);
            if (fee <= prices.Sum())
            {
                fees.Select((f, i) => f <= prices[i]).ShouldAllBe(ok => ok);
            }
        }, iter: 1_000);
    }

    [Fact]
    public void Free_lines_with_no_fee_get_nothing()
    {
        PaymentFees.AcrossLines(0, [0, 0]).ShouldBe([0, 0]);
    }
}
