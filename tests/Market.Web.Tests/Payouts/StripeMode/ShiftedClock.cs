namespace Market.Web.Tests.Payouts.StripeMode;

/// <summary>
/// The real clock moved forward by <see cref="Advance"/>: what payout runs read as now jumps a day ahead
/// while timers keep running in real time (a frozen fake clock would stall the grain's calls).
/// </summary>
internal sealed class ShiftedClock : TimeProvider
{
    private TimeSpan _offset;

    /// <summary>Moves now forward by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by) => _offset += by;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}
