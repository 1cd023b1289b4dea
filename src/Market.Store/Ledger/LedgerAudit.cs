using Market.Domain.Ledger;

namespace Market.Store.Ledger;

/// <summary>
/// What the invariant check accumulates while it folds the events: counts, the ledger-wide debit and
/// credit totals, each account's balance, each party's payout coverage, the reversals (checked against their originals at the end)
/// and the violations, capped so a badly broken ledger still answers in bounded memory.
/// </summary>
internal sealed class LedgerAudit
{
    public const int MaxViolations = 10_000;

    private readonly List<LedgerViolation> _violations = [];
    private long _dropped;

    public long Transactions { get; private set; }

    public Int128 Debits { get; private set; }

    public Int128 Credits { get; private set; }

    public Dictionary<string, Int128> Balances { get; } = new(StringComparer.Ordinal);

    public List<LedgerTransaction> Reversals { get; } = [];

    public PayoutCoverage Payouts { get; } = new();

    public void Report(Guid? transactionId, string problem)
    {
        if (_violations.Count < MaxViolations)
        {
            _violations.Add(new LedgerViolation(transactionId, problem));
        }
        else
        {
            _dropped++;
        }
    }

    /// <summary>Folds one recorded transaction: rules of its own, totals, balances.</summary>
    public void Fold(Guid streamId, LedgerTransactionRecorded recorded, LedgerTransaction? transaction)
    {
        Transactions++;
        if (streamId != recorded.TransactionId)
        {
            Report(recorded.TransactionId, $"it is recorded in stream {streamId}, not its own");
        }

        foreach (var posting in recorded.Postings)
        {
            (Debits, Credits) = posting.AmountMicros > 0 ? (Debits + posting.AmountMicros, Credits) : (Debits, Credits - posting.AmountMicros);
            Balances[posting.Account] = Balances.GetValueOrDefault(posting.Account) + posting.AmountMicros;
        }

        Payouts.Fold(recorded);

        if (transaction is null)
        {
            return;
        }

        foreach (var problem in LedgerRules.ProblemsOf(transaction))
        {
            Report(transaction.Id, problem);
        }

        if (transaction.Reverses is not null)
        {
            Reversals.Add(transaction);
        }
    }

    public LedgerCheckReport ToReport()
    {
        var violations = _violations.ToList();
        if (_dropped > 0)
        {
            violations.Add(new LedgerViolation(null, $"{_dropped} more violations were found and not listed"));
        }

        return new LedgerCheckReport(Transactions, violations);
    }
}
