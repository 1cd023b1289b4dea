namespace Market.Payments.Refunds;

/// <summary>The argument checks both refund gateways make before touching money, and their one refusal of a reused key.</summary>
internal static class RefundArguments
{
    public static void Check(string paymentIntentId, long amountMinor, string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(paymentIntentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(amountMinor, 1);
    }

    /// <summary>A key already used for a refund of another amount: Stripe refuses the same way (<c>idempotency_error</c>).</summary>
    public static PaymentException KeyReused(string idempotencyKey, long earlierMinor, long askedMinor) => new(
        PaymentErrorKind.Rejected,
        $"Idempotency key '{idempotencyKey}' was used for a refund of {earlierMinor}, not {askedMinor}.",
        "idempotency_error");
}
