using Market.Domain.Royalties;

namespace Market.Domain.Ledger;

/// <summary>
/// Pure builders of ledger transactions: a sale, a refund, a correction, a pool settlement, holds
/// maturing. Each returns a transaction that <see cref="LedgerRules"/> accepts, or throws
/// <see cref="LedgerRuleException"/> saying why the command cannot be posted.
/// </summary>
public static partial class LedgerTransactions
{
    /// <summary>The account a royalty part is credited to: commission, a pool floor, or a party's pending earnings.</summary>
    public static LedgerAccount AccountOf(RoyaltyPart part) => part.Role switch
    {
        RoyaltyRole.Platform => LedgerAccount.PlatformRevenue,
        RoyaltyRole.PoolFloor => LedgerAccount.PoolFloor(part.Pool ?? throw new LedgerRuleException($"A pool-floor part ({part.Path}) names no pool.")),
        _ => LedgerAccount.Pending(part.Party ?? throw new LedgerRuleException($"A {part.Role} part ({part.Path}) names no party.")),
    };

    private static LedgerTransaction Valid(LedgerTransaction transaction)
    {
        LedgerRules.EnsureValid(transaction);
        return transaction;
    }

    // Parts are never negative (DESIGN 2.3); zero parts move nothing and are left out.
    private static List<Posting> CreditsOf(IReadOnlyList<RoyaltyPart> parts, string memo, string what)
    {
        var postings = new List<Posting>(parts.Count + 2);
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].AmountMicros < 0)
            {
                throw new LedgerRuleException($"Part {i} of {what} ({parts[i].Role}, {parts[i].Path}) is negative ({parts[i].AmountMicros} micros).");
            }

            if (parts[i].AmountMicros > 0)
            {
                postings.Add(Posting.CreditOf(AccountOf(parts[i]), parts[i], memo));
            }
        }

        return postings;
    }
}
