using Market.Domain.Ledger;
using Market.Domain.Payouts;
using Market.Store.Ledger;

namespace Market.Store.Tests.Ledger;

/// <summary>
/// A party can never have been paid (or be in payout for) more than it earned net of reversals: a
/// second payout of the same earnings, planted past the payout path, is named by the check.
/// </summary>
public sealed class InvariantCheckReportsAPartyPaidTwice(LedgerFixture fixture) : IClassFixture<LedgerFixture>
{
    // The creator's share of the worked example's sale.
    private const long EarnedMicros = 6_500_800;

    [Fact]
    public async Task A_second_payout_of_the_same_earnings_is_reported_against_the_party()
    {
        var example = new WorkedExample();
        await fixture.Ledger.PostAsync(example.Sale());
        var creator = example.Creator;
        var paidOnce = PayoutOf("run-a");
        await fixture.Ledger.PostManyAsync(paidOnce);
        (await fixture.Invariants.CheckAsync()).Violations.ShouldNotContain(v => v.Problem.Contains(creator.Value, StringComparison.Ordinal));

        await fixture.Ledger.PostManyAsync(PayoutOf("run-b"));
        var report = await fixture.Invariants.CheckAsync();

        report.Ok.ShouldBeFalse();
        report.Violations.ShouldContain(new LedgerViolation(null,
            $"party {creator} was paid or is in payout for {2 * EarnedMicros} micros, more than the {EarnedMicros} it was credited net of reversals"));

        LedgerTransaction[] PayoutOf(string run) =>
        [
            PayoutTransactions.Reserved(run, creator, EarnedMicros, WorkedExample.Noon),
            PayoutTransactions.Paid(run, creator, EarnedMicros, "tr_" + run, WorkedExample.Noon),
        ];
    }
}
