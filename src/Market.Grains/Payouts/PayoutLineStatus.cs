namespace Market.Grains.Payouts;

/// <summary>The steps of a party's payout; a resumed run continues from the one recorded.</summary>
public static class PayoutLineStatus
{
    /// <summary>Decided, nothing moved yet.</summary>
    public const string Planned = "planned";

    /// <summary>Available → in payout posted.</summary>
    public const string Reserved = "reserved";

    /// <summary>
    /// Reserved, and the transfer was rate-limited by the provider: tried again under the same key from its
    /// retry time, while the run goes on with the others; the run is not completed while a line waits.
    /// </summary>
    public const string Waiting = "waiting";

    /// <summary>The transfer exists; completion not posted yet.</summary>
    public const string Transferred = "transferred";

    /// <summary>In payout → paid posted.</summary>
    public const string Paid = "paid";

    /// <summary>The transfer was refused, or rate-limited too many times; the reservation was released.</summary>
    public const string Failed = "failed";

    /// <summary>The platform's available balance did not cover the transfer yet; the reservation was released for a later run.</summary>
    public const string Deferred = "deferred";

    /// <summary>Not eligible in this run; the reason says why.</summary>
    public const string Skipped = "skipped";
}
