using Market.Domain.Payouts;

namespace Market.Grains.Payouts;

public sealed partial class PayoutRunGrain
{
    private const string Waiting = "waiting";

    // A rate limit (Stripe's 429 beyond Stripe.net's retries) is about this call, not this party's
    // money: the reservation stays, the line waits, the run goes on with the others, and the same key
    // is tried again later. Only after the policy's last attempt is the party given up on this run.
    private async Task WaitOrGiveUpAsync(PayoutLineState line, long micros, PayoutRateLimitedException limited)
    {
        line.LimitedAttempts++;
        if (retryPolicy.GivesUpAfter(line.LimitedAttempts))
        {
            line.RetryAt = null;
            await ReleaseAsync(line, micros, PayoutLineStatus.Failed,
                $"Gave up after {line.LimitedAttempts} rate-limited attempts; the earnings are available again for a later run. {limited.Message}");
            return;
        }

        line.RetryAt = time.GetUtcNow() + retryPolicy.DelayAfter(line.LimitedAttempts);
        line.Reason = $"Rate-limited by Stripe (attempt {line.LimitedAttempts} of {retryPolicy.MaxAttempts}); tried again from {line.RetryAt:u}. {limited.Message}";
        await RecordAsync(line, PayoutLineStatus.Waiting);
    }

    private bool StillWaiting(PayoutLineState line) =>
        line.Status == PayoutLineStatus.Waiting && line.RetryAt > time.GetUtcNow();

    // A run with a waiting party is not completed: it asks to be resumed at the earliest retry time,
    // before it records itself waiting, so no waiting run is ever left without a resume.
    private async Task EndPassAsync()
    {
        var retryAt = state.State.Lines.Where(l => l.Status == PayoutLineStatus.Waiting).Min(l => l.RetryAt);
        if (retryAt is { } due)
        {
            await retries.ScheduleAsync(RunId, due);
            state.State.Status = Waiting;
            await state.WriteStateAsync();
            return;
        }

        state.State.Status = Completed;
        await state.WriteStateAsync();
        await retries.ClearAsync(RunId);
    }
}
