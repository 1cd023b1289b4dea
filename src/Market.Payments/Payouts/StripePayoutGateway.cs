using Market.Domain.Payouts;
using Market.Payments.StripeApi;
using Stripe;

namespace Market.Payments.Payouts;

/// <summary>Stripe mode: Connect Express accounts with onboarding links, and one Transfer per party per run.</summary>
internal sealed class StripePayoutGateway(StripeClient client, PaymentsOptions options) : IPayoutGateway, IPayoutAccountGateway
{
    public async Task<string> TransferAsync(PayoutTransfer transfer, CancellationToken cancellationToken = default)
    {
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
        if (account.PayoutsEnabled)
        {
            return new PayoutAccountSetup(account.Id, true, null);
        }

        var link = await StripeCalls.RunAsync(
            () => client.V1.AccountLinks.CreateAsync(
                new AccountLinkCreateOptions { Account = account.Id, RefreshUrl = returnUrl.ToString(), ReturnUrl = returnUrl.ToString(), Type = "account_onboarding" },
                cancellationToken: cancellationToken),
            cancellationToken);
        return new PayoutAccountSetup(account.Id, false, new Uri(link.Url));
    }
}
