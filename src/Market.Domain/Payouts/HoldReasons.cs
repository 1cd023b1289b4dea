namespace Market.Domain.Payouts;

/// <summary>Why part of a balance is not paid (DESIGN 2.4), as the balance API shows it.</summary>
public static class HoldReasons
{
    /// <summary>Pending earnings within their hold window; the hold says until when.</summary>
    public const string HeldUntil = "held until";

    /// <summary>Available earnings below the payout minimum; they roll over to a later run.</summary>
    public const string BelowThreshold = "below threshold";

    /// <summary>The party has no enabled payout account.</summary>
    public const string PayoutAccountNeedsAction = "payout account needs action";

    /// <summary>Earnings frozen by an open dispute.</summary>
    public const string FrozenByDispute = "frozen by dispute";

    /// <summary>The text of a held-until hold, e.g. <c>held until 2026-03-09</c>.</summary>
    public static string HeldUntilDay(DateTimeOffset until) =>
        $"{HeldUntil} {until.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
