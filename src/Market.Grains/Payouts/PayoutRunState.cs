namespace Market.Grains.Payouts;

/// <summary>A payout run as persisted: its plan, fixed when it starts, and how far each party got.</summary>
[GenerateSerializer, Alias("market.payout-run-state")]
public sealed class PayoutRunState
{
    /// <summary>new, running, waiting (a party waits out a rate limit) or completed.</summary>
    [Id(0)]
    public string Status { get; set; } = "new";

    /// <summary>When the plan was made.</summary>
    [Id(1)]
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>One line per party considered.</summary>
    [Id(2)]
    public List<PayoutLineState> Lines { get; set; } = [];
}

/// <summary>One party's progress: planned → reserved (⇄ waiting) → transferred → paid, or failed or deferred (released), or skipped.</summary>
[GenerateSerializer, Alias("market.payout-line-state")]
public sealed class PayoutLineState
{
    /// <summary>The payee.</summary>
    [Id(0)]
    public string PartyId { get; set; } = "";

    /// <summary>Where the line stands.</summary>
    [Id(1)]
    public string Status { get; set; } = "";

    /// <summary>Whole minor units to transfer.</summary>
    [Id(2)]
    public long AmountMinor { get; set; }

    /// <summary>The connected account paid.</summary>
    [Id(3)]
    public string? DestinationAccountId { get; set; }

    /// <summary>The transfer, once made.</summary>
    [Id(4)]
    public string? TransferId { get; set; }

    /// <summary>Why it was skipped or failed.</summary>
    [Id(5)]
    public string? Reason { get; set; }

    /// <summary>When the transfer step began; a retry this long after Stripe's key lifetime looks the transfer up first.</summary>
    [Id(6)]
    public DateTimeOffset? TransferStartedAt { get; set; }

    /// <summary>How many times the provider rate-limited this party's transfer.</summary>
    [Id(7)]
    public int LimitedAttempts { get; set; }

    /// <summary>When a waiting line's transfer is tried again.</summary>
    [Id(8)]
    public DateTimeOffset? RetryAt { get; set; }
}
