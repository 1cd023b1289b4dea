using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Reports;
using static Market.Domain.Tests.Ledger.LedgerSamples;

namespace Market.Domain.Tests.Reports;

public sealed class MoneyFlowAccountsForEveryPosting
{
    private readonly LedgerTransaction _sale = WorkedExampleSale();

    [Fact]
    public void The_worked_example_sale_splits_into_the_designs_figures()
    {
        MoneyFlow.Of([_sale]).ShouldBe(new MoneyFlow(20_000_000, 0, 880_000, 2_868_000, 6_500_800, 4_875_600, 4_875_600, 0));
    }

    [Fact]
    public void A_quarter_refund_lowers_every_recipient_and_the_platform_bears_the_fee_on_it()
    {
        var refund = LedgerTransactions.Refund(_sale, [], 500, "refund:r1:l1", Noon);

        var flow = MoneyFlow.Of([_sale, refund]);

        flow.ShouldBe(new MoneyFlow(20_000_000, 5_000_000, 880_000, 2_868_000 - 717_000 - 220_000, 6_500_800 - 1_625_200, 4_875_600 - 1_218_900, 4_875_600 - 1_218_900, 0));
        (flow.GrossMicros - flow.RefundedMicros - flow.FeesMicros)
            .ShouldBe(flow.PlatformMicros + flow.CreatorsMicros + flow.ModelOwnersMicros + flow.ContributorsMicros + flow.OtherMicros);
    }

    [Fact]
    public void A_reversed_sale_counts_for_nothing_and_settlements_are_not_counted_twice()
    {
        var reversal = LedgerTransactions.Reversal(_sale, [], "reversal:1:sale:o1:l1", Noon, "dispute lost");

        MoneyFlow.Of([_sale, reversal]).ShouldBe(MoneyFlow.Zero);
        MoneyFlow.PaidContributors([_sale, reversal]).ShouldBeEmpty();
    }

    [Fact]
    public void Every_attributed_contributor_is_counted_once_as_paid()
    {
        MoneyFlow.PaidContributors([_sale, WorkedExampleSale("o2")])
            .ShouldBe([new PartyId("artist-1"), new PartyId("artist-2"), new PartyId("artist-3")], ignoreOrder: true);
    }
}
