namespace Market.Payments.Refunds;

/// <summary>The argument checks both refund gateways make before touching money.</summary>
internal static class RefundArguments
{
    public static void Check(string paymentIntentId, long amountMinor, string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentIntentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(amountMinor, 1);
    }
}
