namespace Market.Store.Payouts;

/// <summary>A payout run with parties waiting out a rate limit, and when the earliest of them is due again.</summary>
public sealed class PayoutRunRetry
{
    /// <summary>The run id.</summary>
    public string Id { get; set; } = "";

    /// <summary>When the run should be resumed.</summary>
    public DateTimeOffset DueAt { get; set; }
}
