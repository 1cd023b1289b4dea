namespace Market.Domain.Payouts;

/// <summary>
/// Idempotency keys of a party's payout in a run: the same run and party always make the same keys,
/// so resuming a run after a crash finds each step already done instead of doing it twice.
/// </summary>
public static class PayoutKeys
{
    /// <summary>The Stripe transfer (DESIGN 2.4: <c>payout:{runId}:{partyId}</c>).</summary>
    public static string Transfer(string runId, string partyId) => $"payout:{runId}:{partyId}";

    /// <summary>Available → in payout, before the transfer.</summary>
    public static string Reserve(string runId, string partyId) => Transfer(runId, partyId) + ":reserve";

    /// <summary>In payout → paid, after the transfer.</summary>
    public static string Paid(string runId, string partyId) => Transfer(runId, partyId) + ":paid";

    /// <summary>In payout → available, when the transfer failed.</summary>
    public static string Release(string runId, string partyId) => Transfer(runId, partyId) + ":release";
}
