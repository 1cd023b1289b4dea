using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Money;
using Market.Domain.Royalties;
using static Market.Domain.Tests.Royalties.TestGraph;

namespace Market.Domain.Tests.Ledger;

/// <summary>The worked example of DESIGN 2.2 as a graph, a split and a posted sale, and short ways to read a transaction.</summary>
internal static class LedgerSamples
{
    public static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public static InMemoryRoyaltyGraph WorkedExampleGraph()
    {
        var graph = new InMemoryRoyaltyGraph();
        graph.Original("w1", "artist-1");
        graph.Original("w2", "artist-2");
        graph.Original("w3", "artist-3");
        graph.Model("m", "operator", new OutputTerms(400_000, 300_000, 300_000), ["w1", "w2", "w3"]);
        graph.Generated("g", "m", "creator", ("w1", 0.5m), ("w2", 0.3m), ("w3", 0.2m));
        return graph;
    }

    public static SaleSplit WorkedExampleSplit() =>
        new RoyaltyAllocator(WorkedExampleGraph(), RoyaltyPolicy.Default).AllocateSale(W("g"), 2_000, PaymentFees.Sandbox(2_000));

    public static LedgerTransaction WorkedExampleSale(string order = "o1") =>
        LedgerTransactions.Sale(WorkedExampleSplit(), LedgerKeys.Sale(order, "l1"), Noon, new LedgerReferences(order, "l1"));

    /// <summary>Signed sums per account over any number of transactions.</summary>
    public static Dictionary<LedgerAccount, long> Sums(params IEnumerable<LedgerTransaction> transactions) =>
        transactions.SelectMany(t => t.Postings).GroupBy(p => p.Account).ToDictionary(g => g.Key, g => g.Sum(p => p.AmountMicros));

    /// <summary>The normal-side balance of one account over the transactions.</summary>
    public static long Balance(LedgerAccount account, params IEnumerable<LedgerTransaction> transactions) =>
        account.ToBalance(Sums(transactions).GetValueOrDefault(account));

    public static LedgerAccount PendingOf(string party) => LedgerAccount.Pending(new PartyId(party));
}
