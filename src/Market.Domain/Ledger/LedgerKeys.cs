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

    /// <summary>
    /// A party's holds maturing, named by <paramref name="creditedThroughMicros"/>: everything credited
    /// to their pending earnings up to the pass's cutoff. Passes that see the same matured credits
    /// (racing nodes, a retry) share the key and replay one another; a pass after a new credit has
    /// matured has a new key, however soon it comes.
    /// </summary>
    public static string HoldsMatured(PartyId party, long creditedThroughMicros) =>
        $"holds-matured:{party}:{creditedThroughMicros.ToString(CultureInfo.InvariantCulture)}";
}
