using Market.Domain.Ids;
using Market.Domain.Ledger;

namespace Market.Domain.Payouts;

/// <summary>The ledger transactions of one party's payout: reserve, then paid or released.</summary>
public static class PayoutTransactions
{
    /// <summary>Reserves <paramref name="amountMicros"/> of the party's available earnings for the run's transfer.</summary>
    public static LedgerTransaction Reserved(string runId, PartyId party, long amountMicros, DateTimeOffset at) => Build(
        PayoutKeys.Reserve(runId, party.Value), LedgerTransactionKind.PayoutReserved, runId, party, at, null,
        new(LedgerAccount.Available(party), Positive(amountMicros), "payout reserved"),
        new(LedgerAccount.InPayout(party), -amountMicros, "payout reserved"));

    /// <summary>
    /// Sets <paramref name="amountMicros"/> of the party's available earnings against what it owes
    /// (DESIGN 2.4: a refund after payout is netted against future earnings); its unpaid total is unchanged.
    /// </summary>
    public static LedgerTransaction ReceivableNetted(string runId, PartyId party, long amountMicros, DateTimeOffset at) => Build(
        PayoutKeys.Netted(runId, party.Value), LedgerTransactionKind.ReceivableNetted, runId, party, at, null,
        new(LedgerAccount.Available(party), Positive(amountMicros), "receivable netted"),
        new(LedgerAccount.Receivable(party), -amountMicros, "receivable netted"));

    /// <summary>Gives a reservation back after its transfer failed.</summary>
    public static LedgerTransaction Released(string runId, PartyId party, long amountMicros, DateTimeOffset at) => Build(
        PayoutKeys.Release(runId, party.Value), LedgerTransactionKind.PayoutReleased, runId, party, at, null,
        new(LedgerAccount.InPayout(party), Positive(amountMicros), "payout released"),
        new(LedgerAccount.Available(party), -amountMicros, "payout released"));

    /// <summary>
    /// Records the transfer: the party's in-payout becomes paid, and the platform's Stripe balance
    /// moves into the connected accounts, so platform cash keeps following Stripe.
    /// </summary>
    public static LedgerTransaction Paid(string runId, PartyId party, long amountMicros, string transferId, DateTimeOffset at) => Build(
        PayoutKeys.Paid(runId, party.Value), LedgerTransactionKind.PayoutPaid, runId, party, at, transferId,
        new(LedgerAccount.InPayout(party), Positive(amountMicros), "payout paid"),
        new(LedgerAccount.Paid(party), -amountMicros, "payout paid"),
        new(LedgerAccount.ConnectedAccounts, amountMicros, "transfer"),
        new(LedgerAccount.PlatformCash, -amountMicros, "transfer"));

    private static LedgerTransaction Build(string key, LedgerTransactionKind kind, string runId, PartyId party, DateTimeOffset at, string? transferId, params Posting[] postings)
    {
        var transaction = new LedgerTransaction(
            LedgerTransactionId.For(key), key, kind, at, postings, new LedgerReferences(Party: party, External: transferId, Note: "payout run " + runId));
        LedgerRules.EnsureValid(transaction);
        return transaction;
    }

    private static long Positive(long amountMicros) => amountMicros > 0
        ? amountMicros
        : throw new LedgerRuleException($"A payout moves a positive amount (was {amountMicros} micros).");
}
