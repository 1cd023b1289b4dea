namespace Market.Payments.Webhooks;

/// <summary>Why a webhook request was not accepted.</summary>
public enum WebhookRejection
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>No <c>Stripe-Signature</c> header.</summary>
    MissingSignature,

    /// <summary>The header is malformed or no <c>v1</c> signature matches the body under the secret.</summary>
    BadSignature,

    /// <summary>Correctly signed, but the signature's timestamp is more than 300 s from now (a replay, or a badly wrong clock).</summary>
    StaleTimestamp,

    /// <summary>Correctly signed, but the body is not a Stripe event.</summary>
    Malformed,
}
