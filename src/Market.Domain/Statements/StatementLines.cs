using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Royalties;

namespace Market.Domain.Statements;

/// <summary>
/// Turns a period's ledger transactions into a party's statement lines and payouts. Every posting to
/// one of the party's accounts changes the earned balance by minus its signed amount (credits to the
/// payable buckets raise it, debits to the receivable lower it), so summing the lines gives the change
/// in balance exactly. Moves between the party's own buckets (holds maturing, payouts) net to zero
/// and are left out, except that a paid payout is listed.
/// </summary>
public static class StatementLines
{
    /// <summary>The lines and payouts of <paramref name="party"/> in <paramref name="transactions"/>, in statement order.</summary>
    /// <param name="party">Whose lines.</param>
    /// <param name="transactions">The transactions that touch the party's accounts in the period.</param>
    /// <param name="names">Display names of the nodes on the paths, by label (see <see cref="RouteWords"/>).</param>
    /// <param name="periodStart">The period's first instant: lines dated before it are late arrivals, marked <see cref="StatementLine.Adjustment"/>.</param>
    public static (IReadOnlyList<StatementLine> Lines, IReadOnlyList<StatementPayout> Payouts) Of(
        PartyId party, IEnumerable<LedgerTransaction> transactions, IReadOnlyDictionary<string, string> names, DateTimeOffset? periodStart = null)
    {
        var lines = new List<StatementLine>();
        var routes = new RouteCache(names);
        var payouts = new List<(StatementPayout Payout, string Id)>();
        foreach (var transaction in transactions.OrderBy(t => t.OccurredAt).ThenBy(t => t.Id.ToString("N"), StringComparer.Ordinal))
        {
            var mine = Enumerable.Range(0, transaction.Postings.Count).Where(i => transaction.Postings[i].Account.Party == party).ToList();
            var net = mine.Aggregate(0L, (sum, i) => checked(sum - transaction.Postings[i].AmountMicros));
            if (net == 0 && IsInternalMove(transaction.Kind))
            {
                if (transaction.Kind == LedgerTransactionKind.PayoutPaid)
                {
                    var paid = mine.Where(i => transaction.Postings[i].Account.Kind == LedgerAccountKind.Paid).Sum(i => -transaction.Postings[i].AmountMicros);
                    payouts.Add((new StatementPayout(transaction.OccurredAt, transaction.References.External ?? "", paid), transaction.Id.ToString("N")));
                }

                continue;
            }

            var late = transaction.OccurredAt < periodStart;
            lines.AddRange(mine.Where(i => transaction.Postings[i].AmountMicros != 0).Select(i => Line(transaction, i, routes) with { Adjustment = late }));
        }

        return (lines, [.. payouts.Select(p => p.Payout)]);
    }

    /// <summary>The kind of line a transaction gives: a lost dispute is booked as a refund but shown as what it is.</summary>
    public static string KindOf(LedgerTransaction transaction) => transaction.Kind switch
    {
        LedgerTransactionKind.Sale => "sale",
        LedgerTransactionKind.PoolSettlement => "poolSettlement",
        LedgerTransactionKind.Refund when transaction.References.Note?.StartsWith("dispute", StringComparison.Ordinal) == true => "dispute",
        LedgerTransactionKind.Refund => "refund",
        LedgerTransactionKind.Reversal => "reversal",
        var other => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(other.ToString()),
    };

    private static bool IsInternalMove(LedgerTransactionKind kind) => kind is LedgerTransactionKind.HoldsMatured
        or LedgerTransactionKind.PayoutReserved or LedgerTransactionKind.PayoutReleased or LedgerTransactionKind.PayoutPaid
        or LedgerTransactionKind.ReceivableNetted;

    private static StatementLine Line(LedgerTransaction transaction, int index, RouteCache routes)
    {
        var posting = transaction.Postings[index];
        var (path, route) = posting.Path is { } royaltyPath ? routes.Of(royaltyPath) : ([], null);
        var sale = transaction.Kind == LedgerTransactionKind.Sale ? transaction.Sale : null;
        var gross = sale?.PriceMinor ?? (transaction.RefundMinor is { } refunded ? -refunded : 0);
        return new StatementLine(
            transaction.OccurredAt, transaction.Id, index, KindOf(transaction), transaction.References.OrderId, transaction.References.Work?.Value,
            posting.Role is { } role ? RoleNames[role] : null,
            path, path.Count == 0 ? posting.Memo : route!, posting.AttributionPpm,
            gross, sale?.FeeMinor, sale?.PlatformMicros, checked(-posting.AmountMicros));
    }

    private static readonly Dictionary<RoyaltyRole, string> RoleNames = Enum.GetValues<RoyaltyRole>()
        .ToDictionary(role => role, role => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(role.ToString()));

    // A month of a busy party repeats the same few paths thousands of times: each is put in words once.
    private sealed class RouteCache(IReadOnlyDictionary<string, string> names)
    {
        private readonly Dictionary<RoyaltyPath, (IReadOnlyList<string> Labels, string Route)> _routes = [];

        public (IReadOnlyList<string> Labels, string Route) Of(RoyaltyPath path)
        {
            if (!_routes.TryGetValue(path, out var known))
            {
                var labels = path.ToLabels();
                known = (labels, RouteWords.Of(labels, names));
                _routes[path] = known;
            }

            return known;
        }
    }

    /// <summary>Every node label on the transactions' paths, so the caller can look their names up once.</summary>
    /// <remarks>Distinct steps first: 100,000 postings repeat a few dozen steps, each worth one label string.</remarks>
    public static IReadOnlySet<string> Labels(IEnumerable<LedgerTransaction> transactions) =>
        transactions.SelectMany(t => t.Postings).SelectMany(p => p.Path?.Steps ?? []).ToHashSet().SelectMany(Labels).ToHashSet(StringComparer.Ordinal);

    // A pool's words name its model, so the model's label is needed too.
    private static IEnumerable<string> Labels(PathStep step) =>
        step.Kind == NodeKind.Pool ? [step.ToString(), $"model:{step.Id}"] : [step.ToString()];
}
