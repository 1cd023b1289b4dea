namespace Market.Payments;

/// <summary>
/// Which payments a deployment runs (section <c>Market:Payments</c>, environment
/// <c>Market__Payments__Mode</c>): <c>stripe</c> or <c>sandbox</c>. Left empty, a Stripe secret key
/// means Stripe and none means the sandbox — except in Production, which refuses to start then, so a
/// forgotten key never turns a live shop into one whose payments never leave it.
/// </summary>
public sealed class PaymentsModeOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Payments";

    /// <summary>The sandbox: local checkout, refunds and signed Stripe-format events.</summary>
    public const string Sandbox = "sandbox";

    /// <summary>Stripe: real (or test-mode) Stripe with <c>Stripe:SecretKey</c>.</summary>
    public const string Stripe = "stripe";

    /// <summary><see cref="Sandbox"/>, <see cref="Stripe"/>, or empty to infer it from <c>Stripe:SecretKey</c> (outside Production).</summary>
    public string Mode { get; set; } = "";

    /// <summary>The problems of this mode with <paramref name="payments"/>, each naming its setting.</summary>
    /// <param name="payments">The Stripe settings.</param>
    /// <param name="production">Whether the host runs in Production, where the mode must be explicit without a key.</param>
    public IEnumerable<string> Check(PaymentsOptions payments, bool production)
    {
        var setting = $"{SectionName}:{nameof(Mode)}";
        switch (Mode.Trim().ToLowerInvariant())
        {
            case Sandbox when !payments.IsSandbox:
                yield return $"{setting} is '{Sandbox}' but {PaymentsOptions.SectionName}:{nameof(PaymentsOptions.SecretKey)} is set: remove the key, or choose '{Stripe}'.";
                break;
            case Stripe when payments.IsSandbox:
                yield return $"{setting} is '{Stripe}' but {PaymentsOptions.SectionName}:{nameof(PaymentsOptions.SecretKey)} is empty: set the Stripe secret key (sk_… or rk_…).";
                break;
            case "" when production && payments.IsSandbox:
                yield return $"{setting} is not set and {PaymentsOptions.SectionName}:{nameof(PaymentsOptions.SecretKey)} is empty: Production needs a Stripe secret key, "
                    + $"or {setting}={Sandbox} to run the sandbox (payments that never leave this deployment) on purpose.";
                break;
            case Sandbox or Stripe or "":
                break;
            default:
                yield return $"{setting} '{Mode}' is neither '{Sandbox}' nor '{Stripe}'.";
                break;
        }
    }
}
