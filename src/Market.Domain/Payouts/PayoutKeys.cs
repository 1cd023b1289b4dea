namespace Market.Domain.Payouts;

/// <summary>
/// Idempotency keys of a party's payout in a run: the same run and party always make the same keys,
/// so resuming a run after a crash finds each step already done instead of doing it twice.
/// </summary>
public static class PayoutKeys
{
    /// <summary>How long Stripe remembers an idempotency key; a transfer retried later may be created again under it.</summary>
    public static TimeSpan ProviderKeyLifetime { get; } = TimeSpan.FromHours(24);

    /// <summary>The Stripe transfer (DESIGN 2.4: <c>payout:{runId}:{partyId}</c>).</summary>
    public static string Transfer(string runId, string partyId) => $"payout:{runId}:{partyId}";

    /// <summary>Available → in payout, before the transfer.</summary>
    public static string Reserve(string runId, string partyId) => Transfer(runId, partyId) + ":reserve";

    /// <summary>In payout → paid, after the transfer.</summary>
    public static string Paid(string runId, string partyId) => Transfer(runId, partyId) + ":paid";

    /// <summary>Available set against the party's receivable, before the run decides what to pay.</summary>
    public static string Netted(string runId, string partyId) => Transfer(runId, partyId) + ":net";

    /// <summary>In payout → available, when the transfer failed.</summary>
    public static string Release(string runId, string partyId) => Transfer(runId, partyId) + ":release";
}
