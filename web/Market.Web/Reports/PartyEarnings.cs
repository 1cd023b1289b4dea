using Market.Domain.Ids;
using Market.Domain.Statements;
using Market.Store.Statements;
using Market.Grains.Statements;

namespace Market.Web.Reports;

/// <summary>A party's statement lines since their first activity, with the names of the works and models on their routes.</summary>
public sealed class PartyEarnings(StatementLedger reads, NodeNames nodes, TimeProvider time)
{
    /// <summary>Every line, and the earnings summed by month, work, role and model.</summary>
    public async Task<(IReadOnlyList<StatementLine> Lines, IReadOnlyDictionary<string, string> Names, EarningsBreakdown Breakdown)> OfAsync(string partyId, CancellationToken cancellationToken)
    {
        var party = new PartyId(partyId);
        if (await reads.FirstActivityAsync(party, cancellationToken) is not { } first)
        {
            return ([], new Dictionary<string, string>(), EarningsBreakdown.Of([], new Dictionary<string, string>()));
        }

        var transactions = await reads.TransactionsAsync(party, first, time.GetUtcNow().AddTicks(1), cancellationToken);
        var labels = StatementLines.Labels(transactions);
        var names = await nodes.OfAsync(labels.Concat(EarningsBreakdown.ModelLabelsOfPools(labels)).Distinct());
        var (lines, _) = StatementLines.Of(party, transactions, names);
        return (lines, names, EarningsBreakdown.Of(lines, names));
    }
}
