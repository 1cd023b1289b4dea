namespace Market.Grains.Payouts;

/// <summary>The points of a party's payout where a crash leaves the ledger, Stripe and the run's record out of step.</summary>
public enum PayoutStep
{
    /// <summary>The reservation is posted in the ledger; the run has not recorded it.</summary>
    ReservePosted,

    /// <summary>The reservation is recorded; the transfer has not been asked for.</summary>
    BeforeTransfer,

    /// <summary>Stripe made the transfer; the run has not recorded it.</summary>
    TransferMade,

    /// <summary>The completion is posted in the ledger; the run has not recorded it.</summary>
    PaidPosted,

    /// <summary>The line is recorded paid; the run has not finished.</summary>
    LineRecorded,
}

/// <summary>
/// Told when a payout run reaches each <see cref="PayoutStep"/>. Production registers
/// <see cref="NoPayoutRunInterruptions"/>; a crash test registers one that stops the host there, to
/// prove a resumed run pays each party once whichever step the crash fell on.
/// </summary>
public interface IPayoutRunInterruptions
{
    /// <summary>Called at <paramref name="step"/> of <paramref name="partyId"/>'s payout in run <paramref name="runId"/>.</summary>
    ValueTask ReachedAsync(PayoutStep step, string runId, string partyId);
}

/// <summary>Production: a run is never interrupted on purpose.</summary>
public sealed class NoPayoutRunInterruptions : IPayoutRunInterruptions
{
    /// <inheritdoc />
    public ValueTask ReachedAsync(PayoutStep step, string runId, string partyId) => ValueTask.CompletedTask;
}
