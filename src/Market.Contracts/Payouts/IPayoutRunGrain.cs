namespace Market.Contracts.Payouts;

/// <summary>
/// One payout run, keyed by its run id. Running it again continues where it stopped: every step has
/// an idempotency key, so a resumed run pays each party at most once.
/// </summary>
public interface IPayoutRunGrain : IGrainWithStringKey
{
    /// <summary>
    /// Runs (or resumes) the run to its end and answers with its lines. A party the provider rate-limits
    /// waits (status <c>waiting</c>) and is tried again only once its retry time has come; while any
    /// does, the run answers status <c>waiting</c> and the scheduler resumes it.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another run is in progress.</exception>
    Task<PayoutRunView> Run();

    /// <summary>The run as it stands.</summary>
    Task<PayoutRunView> Get();
}

/// <summary>A run and what it did per party.</summary>
[GenerateSerializer, Immutable, Alias("market.payout-run-view")]
public sealed record PayoutRunView(
    [property: Id(0)] string RunId,
    [property: Id(1)] string Status,
    [property: Id(2)] DateTimeOffset? StartedAt,
    [property: Id(3)] IReadOnlyList<PayoutLineView> Lines);

/// <summary>
/// One party in a run: paid, failed or deferred (released), skipped with its reason, or waiting out a
/// rate limit until <see cref="RetryAt"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("market.payout-line-view")]
public sealed record PayoutLineView(
    [property: Id(0)] string PartyId,
    [property: Id(1)] string Status,
    [property: Id(2)] long AmountMicros,
    [property: Id(3)] string? TransferId,
    [property: Id(4)] string? Reason,
    [property: Id(5)] DateTimeOffset? RetryAt = null);
