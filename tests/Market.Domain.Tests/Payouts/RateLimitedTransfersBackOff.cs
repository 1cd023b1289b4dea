using Market.Domain.Payouts;

namespace Market.Domain.Tests.Payouts;

/// <summary>A rate-limited party waits longer after each limit, never beyond the cap, and is given up on after the last attempt.</summary>
public sealed class RateLimitedTransfersBackOff
{
    private static readonly PayoutRetryPolicy Policy = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), 6);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 10)]    // 16 minutes, capped
    [InlineData(60, 10)]   // far past the cap: still the cap, no overflow
    public void TheWaitDoublesAfterEachLimitUpToTheLongestDelay(int limitedAttempts, int expectedMinutes) =>
        Policy.DelayAfter(limitedAttempts).ShouldBe(TimeSpan.FromMinutes(expectedMinutes));

    [Fact]
    public void ThePartyIsGivenUpOnAtTheLastAttemptAndNotBefore()
    {
        Policy.GivesUpAfter(5).ShouldBeFalse();
        Policy.GivesUpAfter(6).ShouldBeTrue();
    }

    [Fact]
    public void TheDefaultWaitsAboutThreeHoursInAllBeforeGivingUp()
    {
        var policy = PayoutRetryPolicy.Default;
        var waited = Enumerable.Range(1, policy.MaxAttempts - 1).Aggregate(TimeSpan.Zero, (sum, attempt) => sum + policy.DelayAfter(attempt));

        waited.ShouldBe(TimeSpan.FromMinutes(1 + 2 + 4 + 8 + 16 + 32 + 60));
    }

    [Fact]
    public void ThereIsNoWaitBeforeAnyLimit() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Policy.DelayAfter(0));
}
