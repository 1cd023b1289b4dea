using Market.Domain.Ledger;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Ledger.LedgerSamples;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Ledger;

public sealed class SalesPostBalancedTransactions
{
    [Fact]
    public void The_worked_example_credits_every_part_and_books_gross_and_fee_on_cash()
    {
        var sale = WorkedExampleSale();

        sale.Postings.Sum(p => p.AmountMicros).ShouldBe(0);
        sale.Postings[0].ShouldBe(new Posting(LedgerAccount.PlatformCash, 20_000_000, PostingMemos.Charge));
        sale.Postings[1].ShouldBe(new Posting(LedgerAccount.PlatformCash, -880_000, PostingMemos.StripeFee));
        Balance(LedgerAccount.PlatformCash, sale).ShouldBe(19_120_000);
        Balance(LedgerAccount.PlatformRevenue, sale).ShouldBe(2_868_000);
        Balance(PendingOf("creator"), sale).ShouldBe(6_500_800);
        Balance(PendingOf("operator"), sale).ShouldBe(4_875_600);
        Balance(LedgerAccount.PoolFloor(M("m")), sale).ShouldBe(2_437_800);
        Balance(PendingOf("artist-1"), sale).ShouldBe(1_218_900);
        Balance(PendingOf("artist-2"), sale).ShouldBe(731_340);
        Balance(PendingOf("artist-3"), sale).ShouldBe(487_560);
        sale.Sale.ShouldBe(new SaleAmounts(2_000, 88, 19_120_000, 2_868_000));
    }

    [Fact]
    public void Each_part_keeps_its_role_path_and_attribution_for_statements()
    {
        var sale = WorkedExampleSale();

        var artist1 = sale.Postings.Single(p => p.Account == PendingOf("artist-1"));
        artist1.Role.ShouldBe(RoyaltyRole.Contributor);
        artist1.Path.ShouldBe(Path("work:g", "model:m", "pool:m", "work:w1"));
        artist1.AttributionPpm.ShouldBe(500_000);
        sale.Postings.Where(p => p.IsPart).Select(p => p.Role)
            .ShouldBe([RoyaltyRole.Platform, RoyaltyRole.Creator, RoyaltyRole.ModelOwner, RoyaltyRole.PoolFloor,
                RoyaltyRole.Contributor, RoyaltyRole.Contributor, RoyaltyRole.Contributor]);
    }

    [Fact]
    public void Its_id_derives_from_its_key_and_it_names_what_it_is_about()
    {
        var sale = WorkedExampleSale("order-9");

        sale.Id.ShouldBe(LedgerTransactionId.For("sale:order-9:l1"));
        sale.Kind.ShouldBe(LedgerTransactionKind.Sale);
        sale.OccurredAt.ShouldBe(Noon);
        sale.References.ShouldBe(new LedgerReferences("order-9", "l1", W("g")));
        LedgerRules.ProblemsOf(sale).ShouldBeEmpty();
    }

    [Fact]
    public void A_free_line_posts_nothing()
    {
        var free = WorkedExampleSplit() with { PriceMinor = 0, FeeMinor = 0, NetMicros = 0, PlatformMicros = 0, Parts = [] };

        Should.Throw<LedgerRuleException>(() => LedgerTransactions.Sale(free, "sale:o:l", Noon)).Message.ShouldContain("free");
    }

    [Fact]
    public void A_negative_part_is_rejected_naming_it()
    {
        var split = WorkedExampleSplit();
        var parts = split.Parts.ToList();
        parts[1] = parts[1] with { AmountMicros = -1 };

        Should.Throw<LedgerRuleException>(() => LedgerTransactions.Sale(split with { Parts = parts }, "sale:o:l", Noon))
            .Message.ShouldContain("Part 1 of the sale of 'g' (Creator, work:g) is negative");
    }

    [Fact]
    public void Parts_that_miss_the_net_are_rejected()
    {
        var split = WorkedExampleSplit();

        Should.Throw<LedgerRuleException>(() => LedgerTransactions.Sale(split with { Parts = split.Parts.Skip(1).ToList() }, "sale:o:l", Noon))
            .Message.ShouldContain("its parts sum to 16252000 micros, not its net (19120000)");
    }
}
