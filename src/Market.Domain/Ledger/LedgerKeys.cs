using System.Globalization;
using Market.Domain.Ids;

namespace Market.Domain.Ledger;

/// <summary>
/// Idempotency keys of the money commands: the same command always makes the same key, so a retry
/// after a crash or a redelivered webhook finds the transaction already posted.
/// </summary>
public static class LedgerKeys
{
    /// <summary>An order line paid.</summary>
    public static string Sale(string orderId, string lineId) => $"sale:{orderId}:{lineId}";

    /// <summary>One refund (by its Stripe refund id, or the admin command's id) of one order line.</summary>
    public static string Refund(string refundId, string lineId) => $"refund:{refundId}:{lineId}";

    /// <summary>
    /// The <paramref name="reversalNumber"/>-th reversal of a transaction, by the original's key: a
    /// transaction restored by reversing its reversal can be corrected again under a new key.
    /// </summary>
    public static string Reversal(string originalKey, int reversalNumber) =>
        $"reversal:{reversalNumber.ToString(CultureInfo.InvariantCulture)}:{originalKey}";

    /// <summary>A pool's daily settlement.</summary>
    public static string PoolSettlement(ModelId pool, DateOnly day) =>
        $"pool-settlement:{pool}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>A party's holds maturing on a day (one maturing per party per day).</summary>
    public static string HoldsMatured(PartyId party, DateOnly day) =>
        $"holds-matured:{party}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// A party's holds maturing, once <paramref name="creditedMicros"/> had ever been credited to its
    /// pending balance: passes racing over the same earnings share the key, and a sale credited since
    /// (even the same day) makes a new one.
    /// </summary>
    public static string HoldsMatured(PartyId party, long creditedMicros) =>
        $"holds-matured:{party}:{creditedMicros.ToString(CultureInfo.InvariantCulture)}";
}
