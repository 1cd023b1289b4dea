using Market.Domain.Ids;
using Market.Domain.Ledger;

namespace Market.Domain.Tests.Ledger;

public sealed class LedgerAccountsAndIdsAreStable
{
    public static TheoryData<string> AccountIds => new()
    {
        "platform:cash", "platform:payment-fees", "platform:revenue", "platform:refunds-reserve", "platform:connected-accounts",
        "party:p1:pending", "party:p1:available", "party:p1:in-payout", "party:p1:paid", "party:p1:receivable",
        "party:acct:with:colons:pending", "pool:model-7:floor",
    };

    [Theory]
    [MemberData(nameof(AccountIds))]
    public void An_account_reads_back_from_its_id(string id)
    {
        LedgerAccount.Parse(id).ToString().ShouldBe(id);
    }

    [Theory]
    [InlineData("platform:nope")]
    [InlineData("party::pending")]
    [InlineData("party:p1:spent")]
    [InlineData("pool:m")]
    [InlineData("cash")]
    public void A_string_that_names_no_account_is_rejected(string id)
    {
        Should.Throw<FormatException>(() => LedgerAccount.Parse(id)).Message.ShouldContain($"'{id}' is not a ledger account");
    }

    [Fact]
    public void Balances_are_read_on_each_accounts_normal_side()
    {
        var party = new PartyId("p");
        LedgerAccount.PlatformCash.ToBalance(100).ShouldBe(100);
        LedgerAccount.Receivable(party).ToBalance(100).ShouldBe(100);
        LedgerAccount.Pending(party).ToBalance(-100).ShouldBe(100);
        LedgerAccount.PlatformRevenue.ToBalance(-100).ShouldBe(100);
        LedgerAccount.Pending(party).Party.ShouldBe(party);
        LedgerAccount.PlatformCash.Party.ShouldBeNull();
    }

    [Fact]
    public void A_key_always_gives_the_same_version_8_id_and_different_keys_different_ids()
    {
        var id = LedgerTransactionId.For("sale:o1:l1");

        id.ShouldBe(LedgerTransactionId.For("sale:o1:l1"));
        id.ShouldNotBe(LedgerTransactionId.For("sale:o1:l2"));
        id.Version.ShouldBe(8);
        id.ToString().ShouldBe("96bd670a-852a-8e68-bdc1-5d4ef791a3c3");
    }
}
