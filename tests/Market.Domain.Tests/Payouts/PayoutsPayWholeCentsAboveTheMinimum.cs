using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Payouts;

namespace Market.Domain.Tests.Payouts;

public sealed class PayoutsPayWholeCentsAboveTheMinimum
{
    private static readonly PayoutPolicy Policy = PayoutPolicy.Default;

    [Fact]
    public void AnEnabledPartyAboveTheMinimumIsPaidWholeCentsAndKeepsTheSubCentRest()
    {
        var decision = PayoutDecision.Decide(Policy, 16_252_000, 0, null, accountEnabled: true);

        decision.Pays.ShouldBeTrue();
        decision.AmountMinor.ShouldBe(1625);
        decision.AmountMicros.ShouldBe(16_250_000);
    }

    [Fact]
    public void APartyBelowTheMinimumRollsOverWithTheReason() =>
        PayoutDecision.Decide(Policy, 9_999_999, 0, null, accountEnabled: true).SkipReason.ShouldBe(HoldReasons.BelowThreshold);

    [Fact]
    public void ThePartysOwnThresholdRaisesTheMinimum() =>
        PayoutDecision.Decide(Policy, 16_252_000, 0, 2000, accountEnabled: true).SkipReason.ShouldBe(HoldReasons.BelowThreshold);

    [Fact]
    public void APartyWithoutAnEnabledAccountIsNotPaid() =>
        PayoutDecision.Decide(Policy, 16_252_000, 0, null, accountEnabled: false).SkipReason.ShouldBe(HoldReasons.PayoutAccountNeedsAction);

    [Fact]
    public void FrozenEarningsAreLeftAlone()
    {
        PayoutDecision.Decide(Policy, 16_252_000, 10_000_000, null, accountEnabled: true).SkipReason.ShouldBe(HoldReasons.FrozenByDispute);
        PayoutDecision.Decide(Policy, 26_252_000, 10_000_000, null, accountEnabled: true).AmountMinor.ShouldBe(1625);
    }

    [Fact]
    public void AReservationAndItsCompletionBalanceAndMoveCashIntoConnectedAccounts()
    {
        var party = new PartyId("p1");
        var reserve = PayoutTransactions.Reserved("run1", party, 16_250_000, DateTimeOffset.UnixEpoch);
        var paid = PayoutTransactions.Paid("run1", party, 16_250_000, "tr_1", DateTimeOffset.UnixEpoch);

        reserve.IdempotencyKey.ShouldBe("payout:run1:p1:reserve");
        paid.IdempotencyKey.ShouldBe("payout:run1:p1:paid");
        LedgerRules.ProblemsOf(reserve).ShouldBeEmpty();
        LedgerRules.ProblemsOf(paid).ShouldBeEmpty();
        paid.Postings.Single(p => p.Account == LedgerAccount.PlatformCash).AmountMicros.ShouldBe(-16_250_000);
        Should.Throw<LedgerRuleException>(() => PayoutTransactions.Released("run1", party, 0, DateTimeOffset.UnixEpoch));
    }
}
