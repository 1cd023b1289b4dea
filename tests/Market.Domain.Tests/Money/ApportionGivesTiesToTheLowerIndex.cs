using CsCheck;
using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

public sealed class ApportionGivesTiesToTheLowerIndex
{
    [Fact]
    public void Equal_remainders_go_first_to_the_earlier_recipient()
    {
        Apportion.Split(10, [1, 1, 1]).ShouldBe([4, 3, 3]);
        Apportion.Split(11, [1, 1, 1]).ShouldBe([4, 4, 3]);
    }

    [Fact]
    public void Equal_weights_give_the_leftover_to_the_first_recipients()
    {
        Gen.Select(Gen.Long[0, 1_000_000_000], Gen.Long[1, long.MaxValue], Gen.Int[1, 500]).Sample((total, weight, count) =>
        {
            var parts = Apportion.Split(total, Enumerable.Repeat(weight, count).ToArray());
            var (each, leftover) = Math.DivRem(total, count);
            for (var i = 0; i < count; i++)
            {
                parts[i].ShouldBe(each + (i < leftover ? 1 : 0));
            }
        }, iter: 500);
    }

    [Fact]
    public void Ties_follow_position_not_magnitude_of_the_index_value()
    {
        // Remainders tie at 1/2 for the two odd weights; the earlier one (index 1) wins.
        Apportion.Split(3, [2, 1, 1, 2]).ShouldBe([1, 1, 0, 1]);
    }
}
