using Market.Domain.Payouts;
using Market.Payments.StripeApi;
using Stripe;

namespace Market.Payments.Payouts;

/// <summary>Stripe mode: Connect Express accounts with onboarding links, and one Transfer per party per run.</summary>
internal sealed class StripePayoutGateway(StripeClient client, PaymentsOptions options) : IPayoutGateway, IPayoutAccountGateway
{
    public async Task<string> TransferAsync(PayoutTransfer transfer, CancellationToken cancellationToken = default)
    {
        // Stripe forgets an idempotency key after 24 h; past that, the same key would make a second transfer.
        if (transfer.KeyMayHaveExpired && await FindEarlierAsync(transfer, cancellationToken) is { } earlier)
        {
            return earlier.Id;
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
        catch (PaymentException refused) when (refused.Kind == PaymentErrorKind.Rejected)
        {
            throw new PayoutRefusedException(refused.Message, refused);
        }
    }

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
    private async Task<Transfer?> FindEarlierAsync(PayoutTransfer transfer, CancellationToken cancellationToken)
    {
        var list = new TransferListOptions { TransferGroup = transfer.RunId, Destination = transfer.DestinationAccountId, Limit = 100 };
        return await StripeCalls.RunAsync(
            async () =>
            {
                await foreach (var made in client.V1.Transfers.ListAutoPagingAsync(list, null, cancellationToken))
                {
                    if (made.Metadata?.GetValueOrDefault("partyId") == transfer.PartyId)
                    {
                        return made;
                    }
                }

                return null;
            },
            cancellationToken);
    }
}
