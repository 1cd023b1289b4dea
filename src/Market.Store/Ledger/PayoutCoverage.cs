using Market.Domain.Ledger;

namespace Market.Store.Ledger;

/// <summary>
/// The payout invariant of the check, per party: paid + in payout ≤ credited − reversed. Credited and
/// reversed are what entered and left the party's payable buckets (pending, available) other than by
/// a payout's own reservation or release; moves between the two buckets cancel out. A run that
/// reserved earnings another run had already paid breaks it, however the rest of the ledger balances.
/// </summary>
internal sealed class PayoutCoverage
{
    private static readonly string[] PayoutMoves = [nameof(LedgerTransactionKind.PayoutReserved), nameof(LedgerTransactionKind.PayoutReleased)];

    private readonly Dictionary<string, (Int128 Earned, Int128 PaidOrInPayout)> _parties = new(StringComparer.Ordinal);

    /// <summary>Adds one recorded transaction's postings to its parties' totals.</summary>
    public void Fold(LedgerTransactionRecorded recorded)
    {
        var payoutMove = PayoutMoves.Contains(recorded.Kind, StringComparer.Ordinal);
        foreach (var posting in recorded.Postings)
        {
            if (!posting.Account.StartsWith("party:", StringComparison.Ordinal) || Parse(posting.Account) is not { Party: { } party } account)
            {
                continue;
            }

            // Credit-normal buckets: a credit (negative amount) adds to what the party is owed.
            var (earned, paid) = _parties.GetValueOrDefault(party.Value);
            _parties[party.Value] = account.Kind switch
            {
                LedgerAccountKind.Pending or LedgerAccountKind.Available when !payoutMove => (earned - posting.AmountMicros, paid),
                LedgerAccountKind.InPayout or LedgerAccountKind.Paid => (earned, paid - posting.AmountMicros),
                _ => (earned, paid),
            };
        }
    }

    /// <summary>Each party paid or in payout for more than it was credited net of reversals.</summary>
    public IEnumerable<string> Problems() =>
        _parties.Where(p => p.Value.PaidOrInPayout > p.Value.Earned).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
            $"party {p.Key} was paid or is in payout for {p.Value.PaidOrInPayout} micros, more than the {p.Value.Earned} it was credited net of reversals");

    // An unreadable account id is reported by the transaction's own rules; here it is just not a party's.
    private static LedgerAccount? Parse(string id)
    {
        try
        {
            return LedgerAccount.Parse(id);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
