using System.Security.Cryptography;

namespace Market.Payments.Sandbox;

/// <summary>
/// Stripe-shaped ids for sandbox objects. A session's payment intent and charge share its random
/// suffix, so a payment intent id leads back to its session without an index.
/// </summary>
internal static class SandboxIds
{
    private const string SessionPrefix = "cs_sandbox_";
    private const string PaymentIntentPrefix = "pi_sandbox_";

    public static string NewSession() => SessionPrefix + Suffix();

    public static string NewEvent() => "evt_sandbox_" + Suffix();

    public static string NewRefund() => "re_sandbox_" + Suffix();

    public static string PaymentIntentOf(string sessionId) => PaymentIntentPrefix + sessionId[SessionPrefix.Length..];

    public static string ChargeOf(string sessionId) => "ch_sandbox_" + sessionId[SessionPrefix.Length..];

    public static string BalanceTransactionOf(string sessionId) => "txn_sandbox_" + sessionId[SessionPrefix.Length..];

    /// <summary>The session behind a session or payment intent id, or null for any other id.</summary>
    public static string? SessionOf(string sessionOrPaymentIntentId) =>
        sessionOrPaymentIntentId.StartsWith(SessionPrefix, StringComparison.Ordinal) ? sessionOrPaymentIntentId
        : sessionOrPaymentIntentId.StartsWith(PaymentIntentPrefix, StringComparison.Ordinal) ? SessionPrefix + sessionOrPaymentIntentId[PaymentIntentPrefix.Length..]
        : null;

    // 128 random bits: the session id is also the capability to open its checkout page.
    private static string Suffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
