using Market.Domain.Ids;
using Market.Domain.Statements;
using Market.Store.Ledger;
using Market.Store.Statements;

namespace Market.Grains.Statements;

/// <summary>Builds a party's statement for a month from the ledger, as of the month's bounds (never "now").</summary>
public sealed class StatementBuilder(LedgerStore ledger, StatementLedger reads, NodeNames nodes)
{
    /// <summary>The statement of <paramref name="partyId"/> for <paramref name="period"/>.</summary>
    public async Task<Statement> BuildAsync(string partyId, StatementPeriod period, CancellationToken cancellationToken)
    {
        var party = new PartyId(partyId);
        var opening = await ledger.BalancesAsOfAsync(party, period.Start, cancellationToken);
        var closing = await ledger.BalancesAsOfAsync(party, period.End, cancellationToken);
        var transactions = await reads.TransactionsAsync(party, period.Start, period.End, cancellationToken);
        var names = await nodes.OfAsync(StatementLines.Labels(transactions));
        var (lines, payouts) = StatementLines.Of(party, transactions, names);
        return new Statement(partyId, period, Earned(opening), Earned(closing), lines, payouts, closing.UnpaidMicros);
    }

    // Everything earned net of what was taken back: payouts only move money within it.
    private static long Earned(Market.Domain.Ledger.PartyBalances b) => checked(b.UnpaidMicros + b.PaidMicros);
}
