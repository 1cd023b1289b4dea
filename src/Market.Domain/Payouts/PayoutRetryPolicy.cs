namespace Market.Domain.Payouts;

/// <summary>
/// How a party's transfer that the provider rate-limited is tried again: after <paramref name="FirstDelay"/>,
/// then twice as long after each further limit, never longer than <paramref name="LongestDelay"/>; after
/// <paramref name="MaxAttempts"/> limited attempts in all the run gives up on the party (its reservation
/// is released, so a later run pays it).
/// </summary>
/// <param name="FirstDelay">The wait after the first limited attempt.</param>
/// <param name="LongestDelay">The cap on any one wait.</param>
/// <param name="MaxAttempts">Limited attempts before giving up, the first included.</param>
public sealed record PayoutRetryPolicy(TimeSpan FirstDelay, TimeSpan LongestDelay, int MaxAttempts)
{
    /// <summary>1 minute, doubling up to 1 hour, 8 attempts (about 3 hours of waiting in all).</summary>
    public static PayoutRetryPolicy Default { get; } = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1), 8);

    /// <summary>True when a party limited <paramref name="limitedAttempts"/> times is given up on.</summary>
    public bool GivesUpAfter(int limitedAttempts) => limitedAttempts >= MaxAttempts;

    /// <summary>How long to wait after the <paramref name="limitedAttempts"/>-th limited attempt (1 for the first).</summary>
    public TimeSpan DelayAfter(int limitedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limitedAttempts, 1);

        // Doubling in whole ticks, stopped at the cap before it can overflow.
        var delay = FirstDelay;
        for (var attempt = 1; attempt < limitedAttempts && delay < LongestDelay; attempt++)
        {
            delay += delay;
        }

        return delay < LongestDelay ? delay : LongestDelay;
    }
}
