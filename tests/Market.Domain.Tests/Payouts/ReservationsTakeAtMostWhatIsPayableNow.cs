using Market.Domain.Payouts;

namespace Market.Domain.Tests.Payouts;

/// <summary>A planned payout reserves the planned amount, or less when less is payable by its turn.</summary>
public sealed class ReservationsTakeAtMostWhatIsPayableNow
{
    [Theory]
    [InlineData(1625, 16_252_000, 0, 1625)]      // still all there: the plan stands
    [InlineData(1625, 10_009_999, 0, 1000)]      // a refund took some: whole cents of what is left
    [InlineData(1625, 2_000, 0, 0)]              // another run paid it: nothing to reserve
    [InlineData(1625, -5_000_000, 0, 0)]         // already overdrawn: never a negative reservation
    [InlineData(1625, 16_252_000, 10_000_000, 625)] // a dispute froze part meanwhile
    public void ReservesTheSmallerOfThePlanAndTheWholeMinorUnitsPayableNow(long plannedMinor, long availableMicros, long frozenMicros, long expectedMinor) =>
        PayoutReservation.AmountMinor(plannedMinor, availableMicros, frozenMicros).ShouldBe(expectedMinor);
}
