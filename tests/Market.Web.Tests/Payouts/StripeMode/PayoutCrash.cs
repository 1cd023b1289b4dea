using Market.Grains.Payouts;

namespace Market.Web.Tests.Payouts.StripeMode;

/// <summary>
/// The fault seam for crash tests: armed at a step, it fails the run the <c>nth</c> time that step is
/// reached — before the grain writes what it just did — and disarms itself, so the host can be stopped
/// there and the run resumed on a fresh one.
/// </summary>
internal sealed class PayoutCrash : IPayoutRunInterruptions
{
    private PayoutStep? _step;
    private int _left;

    /// <summary>Fails the run the <paramref name="nth"/> time it reaches <paramref name="step"/>.</summary>
    public void Arm(PayoutStep step, int nth)
    {
        (_step, _left) = (step, nth);
    }

    /// <inheritdoc />
    public ValueTask ReachedAsync(PayoutStep step, string runId, string partyId)
    {
        if (step != _step || Interlocked.Decrement(ref _left) > 0)
        {
            return ValueTask.CompletedTask;
        }

        _step = null;
        // Not InvalidOperationException: the API answers that one as "another run is in progress".
        throw new IOException($"Crash injected at {step} of party {partyId} in run {runId}.");
    }
}
