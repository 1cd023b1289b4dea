using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Royalties;

namespace Market.Domain.Reports;

/// <summary>
/// Where the money of a set of sales went, from their ledger transactions (sales, refunds and dispute
/// reversals; pool settlements and payouts only move money already counted). Every posting lands in
/// exactly one figure, so gross − refunded − fees = platform + creators + model owners + contributors + other.
/// </summary>
/// <param name="GrossMicros">What buyers were charged.</param>
/// <param name="RefundedMicros">What went back to buyers.</param>
/// <param name="FeesMicros">What the payment provider kept.</param>
/// <param name="PlatformMicros">The platform's commission, net of reversals and of the refund fees it bears.</param>
/// <param name="CreatorsMicros">Owners, collaborators, ancestors and the creators of generated pieces.</param>
/// <param name="ModelOwnersMicros">Owners of the model versions the money reached.</param>
/// <param name="ContributorsMicros">Training contributors: attributed parts and pool floors.</param>
/// <param name="OtherMicros">Anything else (money held in a reserve); zero for plain sales.</param>
public sealed record MoneyFlow(
    long GrossMicros, long RefundedMicros, long FeesMicros, long PlatformMicros,
    long CreatorsMicros, long ModelOwnersMicros, long ContributorsMicros, long OtherMicros)
{
    /// <summary>The kinds of transaction that bring money in, take it back, or split it.</summary>
    public static readonly IReadOnlySet<LedgerTransactionKind> Kinds =
        new HashSet<LedgerTransactionKind> { LedgerTransactionKind.Sale, LedgerTransactionKind.Refund, LedgerTransactionKind.Reversal };

    /// <summary>Nothing.</summary>
    public static MoneyFlow Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The flow of <paramref name="transactions"/>; transactions of other kinds are ignored.</summary>
    public static MoneyFlow Of(IEnumerable<LedgerTransaction> transactions)
    {
        var sums = new long[8];
        foreach (var posting in transactions.Where(t => Kinds.Contains(t.Kind)).SelectMany(t => t.Postings))
        {
            // Every figure is minus the sum of its postings (credits to recipients are negative) except the
            // gross, which is the cash that came in. The fee the platform bears on a refund is a debit: it lowers its take.
            var (slot, sign) = posting switch
            {
                { Memo: PostingMemos.Charge } => (0, 1),
                { Memo: PostingMemos.Refund } => (1, -1),
                { Memo: PostingMemos.StripeFee } => (2, -1),
                { Memo: PostingMemos.FeeKept } => (3, -1),
                { Role: RoyaltyRole.Platform } => (3, -1),
                { Role: RoyaltyRole.Creator or RoyaltyRole.Owner or RoyaltyRole.Collaborator or RoyaltyRole.Ancestor } => (4, -1),
                { Role: RoyaltyRole.ModelOwner } => (5, -1),
                { Role: RoyaltyRole.Contributor or RoyaltyRole.PoolFloor } => (6, -1),
                _ => (7, -1),
            };
            sums[slot] = checked(sums[slot] + sign * posting.AmountMicros);
        }

        // A reversed charge is a credit to cash: it lowers the gross as the refund line would.
        return new MoneyFlow(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7]);
    }

    /// <summary>The training contributors credited by <paramref name="transactions"/> (attributed parts and pool settlements), net of what was taken back.</summary>
    public static IReadOnlySet<PartyId> PaidContributors(IEnumerable<LedgerTransaction> transactions) =>
        transactions
            .SelectMany(t => t.Postings)
            .Where(p => p.Role == RoyaltyRole.Contributor && p.Account.Party is not null)
            .GroupBy(p => p.Account.Party!.Value)
            .Where(g => g.Sum(p => p.AmountMicros) < 0)
            .Select(g => g.Key)
            .ToHashSet();
}
