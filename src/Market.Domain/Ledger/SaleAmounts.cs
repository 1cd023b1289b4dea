using Market.Domain.Money;

namespace Market.Domain.Ledger;

/// <summary>The figures of a sale line that refunds and the invariant check need later (DESIGN 2.2).</summary>
/// <param name="PriceMinor">The line's price P, in minor units.</param>
/// <param name="FeeMinor">The payment fee the line bears, in minor units.</param>
/// <param name="NetMicros">N = P − fee, in micros: what the parts sum to.</param>
/// <param name="PlatformMicros">The platform's commission out of N.</param>
/// <param name="MinorDigits">The settlement currency's minor digits.</param>
public sealed record SaleAmounts(long PriceMinor, long FeeMinor, long NetMicros, long PlatformMicros, int MinorDigits = 2)
{
    /// <summary>Micros in one minor unit of the settlement currency.</summary>
    public long MicrosPerMinor => Micros.PerMinor(MinorDigits);
}
