namespace Market.Payments.Payouts;

/// <summary>A sandbox transfer, stored under its idempotency key so a repeated call returns it.</summary>
public sealed class SandboxTransferDocument
{
    /// <summary>The idempotency key.</summary>
    public string Id { get; set; } = "";

    /// <summary>The transfer id, <c>tr_sandbox_…</c>.</summary>
    public string TransferId { get; set; } = "";

    /// <summary>The run (Stripe's transfer group).</summary>
    public string TransferGroup { get; set; } = "";

    /// <summary>The connected account paid.</summary>
    public string Destination { get; set; } = "";

    /// <summary>Whole minor units.</summary>
    public long AmountMinor { get; set; }

    /// <summary>When it was made.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
