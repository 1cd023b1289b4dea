namespace Market.Domain.Payouts;

/// <summary>Moves money to a payee's connected account: a Stripe Transfer, or its sandbox twin.</summary>
public interface IPayoutGateway
{
    /// <summary>
    /// Transfers and returns the transfer id. The same <see cref="PayoutTransfer.IdempotencyKey"/>
    /// returns the first transfer instead of paying twice, so a resumed run may call it again.
    /// </summary>
    /// <exception cref="PayoutRefusedException">Refused for good: the reservation should be released.</exception>
    /// <exception cref="PayoutDeferredException">Not funded yet: the reservation should be released and the party paid by a later run.</exception>
    /// <exception cref="PayoutRateLimitedException">The provider is limiting requests: try this party again later under the same key, and go on with the others.</exception>
    /// <remarks>Any other exception is transient: the run stops and is resumed later under the same keys.</remarks>
    Task<string> TransferAsync(PayoutTransfer transfer, CancellationToken cancellationToken = default);
}

/// <summary>One party's transfer in a run.</summary>
/// <param name="RunId">The run, Stripe's <c>transfer_group</c>.</param>
/// <param name="PartyId">The payee.</param>
/// <param name="DestinationAccountId">The payee's connected account.</param>
/// <param name="AmountMinor">Whole minor units.</param>
/// <param name="IdempotencyKey"><see cref="PayoutKeys.Transfer"/>.</param>
/// <param name="KeyMayHaveExpired">
/// True when the transfer step began more than <see cref="PayoutKeys.ProviderKeyLifetime"/> ago: the
/// provider may have forgotten the key, so an earlier transfer is looked up before one is created.
/// </param>
public sealed record PayoutTransfer(string RunId, string PartyId, string DestinationAccountId, long AmountMinor, string IdempotencyKey, bool KeyMayHaveExpired = false);
