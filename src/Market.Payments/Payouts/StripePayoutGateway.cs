using Market.Domain.Payouts;
using Market.Payments.StripeApi;
using Stripe;

namespace Market.Payments.Payouts;

/// <summary>Stripe mode: Connect Express accounts with onboarding links, and one Transfer per party per run.</summary>
/// <remarks>
/// A transfer is paid from the platform's available balance, and a charge's money is only available
/// once it settles (days later). Market checks that balance first and defers a party it does not cover,
/// rather than tying transfers to charges with <c>source_transaction</c>: a party's payout sums many
/// sales net of refunds and receivables, so tying it to charges would split it into one transfer per
/// charge, while DESIGN 2.4 wants one transfer per party per run under <c>payout:{runId}:{partyId}</c>.
/// </remarks>
internal sealed class StripePayoutGateway(StripeClient client, PaymentsOptions options) : IPayoutGateway, IPayoutAccountGateway
{
    // Stripe's error code for a transfer larger than the platform's available balance.
    private const string BalanceInsufficient = "balance_insufficient";

    public async Task<string> TransferAsync(PayoutTransfer transfer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await TransferOnceAsync(transfer, cancellationToken);
        }
        catch (PaymentException limited) when (limited.RateLimited)
        {
            // Whichever call was limited (the look-up, the balance or the transfer), nothing was made
            // under the key by this try; the run waits with this party and goes on with the others.
            throw new PayoutRateLimitedException($"Stripe is limiting requests ({limited.Message}).", limited);
        }
    }

    private async Task<string> TransferOnceAsync(PayoutTransfer transfer, CancellationToken cancellationToken)
    {
        // Stripe forgets an idempotency key after 24 h; past that, the same key would make a second transfer.
        if (transfer.KeyMayHaveExpired && await FindEarlierAsync(transfer, cancellationToken) is { } earlier)
        {
            return earlier.Id;
        }

        var available = await AvailableMinorAsync(cancellationToken);
        if (available < transfer.AmountMinor)
        {
            // A transfer made before a crash has already taken its money out of the balance: find it
            // rather than defer a party that was in fact paid.
            return (await FindEarlierAsync(transfer, cancellationToken))?.Id
                ?? throw new PayoutDeferredException(Unfunded(available, transfer.AmountMinor));
        }

        var create = new TransferCreateOptions
        {
            Amount = transfer.AmountMinor,
            Currency = options.Currency,
            Destination = transfer.DestinationAccountId,
            TransferGroup = transfer.RunId,
            Metadata = new() { ["partyId"] = transfer.PartyId, ["runId"] = transfer.RunId },
        };
        try
        {
            var made = await StripeCalls.RunAsync(
                () => client.V1.Transfers.CreateAsync(create, new RequestOptions { IdempotencyKey = transfer.IdempotencyKey }, cancellationToken),
                cancellationToken);
            return made.Id;
        }
        catch (PaymentException refused) when (refused.Kind == PaymentErrorKind.Rejected && refused.Code == BalanceInsufficient)
        {
            // The balance moved between the check and the transfer (a refund, another payout).
            throw new PayoutDeferredException(Unfunded(null, transfer.AmountMinor), refused);
        }
        catch (PaymentException refused) when (refused.Kind == PaymentErrorKind.Rejected)
        {
            throw new PayoutRefusedException(refused.Message, refused);
        }
    }

    private async Task<long> AvailableMinorAsync(CancellationToken cancellationToken)
    {
        var balance = await StripeCalls.RunAsync(() => client.V1.Balance.GetAsync(cancellationToken: cancellationToken), cancellationToken);
        return balance.Available?.Where(a => string.Equals(a.Currency, options.Currency, StringComparison.OrdinalIgnoreCase)).Sum(a => a.Amount) ?? 0;
    }

    private string Unfunded(long? availableMinor, long amountMinor) =>
        $"Deferred to a later run: the platform's available Stripe balance " +
        (availableMinor is { } available ? $"({available} {options.Currency} minor units) " : "") +
        $"does not cover this payout ({amountMinor} {options.Currency} minor units) until the sales behind it settle.";

    public async Task<PayoutAccountSetup> OpenAsync(string partyId, string email, Uri returnUrl, CancellationToken cancellationToken = default)
    {
        // One key per party: a retry, or a second click, finds the account already made.
        var account = await StripeCalls.RunAsync(
            () => client.V1.Accounts.CreateAsync(
                new AccountCreateOptions { Type = "express", Email = email, Metadata = new() { ["partyId"] = partyId } },
                new RequestOptions { IdempotencyKey = $"connect:{partyId}" },
                cancellationToken),
            cancellationToken);
        return account.PayoutsEnabled
            ? new PayoutAccountSetup(account.Id, true, null)
            : new PayoutAccountSetup(account.Id, false, await OnboardingLinkAsync(account.Id, returnUrl, cancellationToken));
    }

    public async Task<Uri> OnboardingLinkAsync(string accountId, Uri returnUrl, CancellationToken cancellationToken = default)
    {
        var link = await StripeCalls.RunAsync(
            () => client.V1.AccountLinks.CreateAsync(
                new AccountLinkCreateOptions { Account = accountId, RefreshUrl = returnUrl.ToString(), ReturnUrl = returnUrl.ToString(), Type = "account_onboarding" },
                cancellationToken: cancellationToken),
            cancellationToken);
        return new Uri(link.Url);
    }

    // The run is the transfer group and the party is in the metadata, so one run's transfers are one short list.
    private Task<Transfer?> FindEarlierAsync(PayoutTransfer transfer, CancellationToken cancellationToken)
    {
        var list = new TransferListOptions { TransferGroup = transfer.RunId, Destination = transfer.DestinationAccountId, Limit = 100 };
        return StripeCalls.FindAsync(
            () => client.V1.Transfers.ListAutoPagingAsync(list, null, cancellationToken),
            made => made.Metadata?.GetValueOrDefault("partyId") == transfer.PartyId,
            cancellationToken);
    }
}
