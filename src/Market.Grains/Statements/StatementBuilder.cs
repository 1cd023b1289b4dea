using Market.Domain.Ids;
using Market.Domain.Statements;
using Market.Store.Statements;

namespace Market.Grains.Statements;

/// <summary>
/// Builds a party's statement for a month from the ledger, as of the month's bounds (never "now"), by
/// booking time: a line that arrived after one of the party's months had closed is booked into a later
/// month (<see cref="PeriodClose"/>), so the closed one renders as it was closed.
/// </summary>
public sealed class StatementBuilder(StatementLedger reads, NodeNames nodes)
{
    /// <summary>The statement of <paramref name="partyId"/> for <paramref name="period"/>, given the party's closed months.</summary>
    public async Task<Statement> BuildAsync(string partyId, StatementPeriod period, IEnumerable<ClosedStatement> closed, CancellationToken cancellationToken)
    {
        var party = new PartyId(partyId);
        var closes = PeriodClose.Of(closed);
        var opening = await reads.BookedBalancesAsync(party, period.Start, closes, cancellationToken);
        var closing = await reads.BookedBalancesAsync(party, period.End, closes, cancellationToken);
        var transactions = await reads.BookedTransactionsAsync(party, period.Start, period.End, closes, cancellationToken);
        var names = await nodes.OfAsync(StatementLines.Labels(transactions));
        var (lines, payouts) = StatementLines.Of(party, transactions, names, period.Start);
        return new Statement(partyId, period, Earned(opening), Earned(closing), lines, payouts, closing.UnpaidMicros);
    }

    // Everything earned net of what was taken back: payouts only move money within it.
    private static long Earned(Market.Domain.Ledger.PartyBalances b) => checked(b.UnpaidMicros + b.PaidMicros);
}
