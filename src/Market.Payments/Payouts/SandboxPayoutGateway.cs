using System.Security.Cryptography;
using Marten;
using Market.Domain.Payouts;

namespace Market.Payments.Payouts;

/// <summary>Sandbox mode: transfers are recorded locally, once per idempotency key; accounts are enabled at once.</summary>
internal sealed class SandboxPayoutGateway(IDocumentStore store, TimeProvider time) : IPayoutGateway, IPayoutAccountGateway
{
    public async Task<string> TransferAsync(PayoutTransfer transfer, CancellationToken cancellationToken = default)
    {
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<SandboxTransferDocument>(transfer.IdempotencyKey, cancellationToken) is { } earlier)
        {
            return earlier.AmountMinor == transfer.AmountMinor ? earlier.TransferId
                : throw new PayoutRefusedException($"Idempotency key '{transfer.IdempotencyKey}' was used for a transfer of {earlier.AmountMinor}, not {transfer.AmountMinor}.");
        }

        var document = new SandboxTransferDocument
        {
            Id = transfer.IdempotencyKey,
            TransferId = "tr_sandbox_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            TransferGroup = transfer.RunId,
            Destination = transfer.DestinationAccountId,
            AmountMinor = transfer.AmountMinor,
            CreatedAt = time.GetUtcNow(),
        };

        // Insert, not store: a concurrent twin fails on the key instead of overwriting the first transfer.
        session.Insert(document);
        await session.SaveChangesAsync(cancellationToken);
        return document.TransferId;
    }

    public Task<PayoutAccountSetup> OpenAsync(string partyId, string email, Uri returnUrl, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PayoutAccountSetup("acct_sandbox_" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(partyId)))[..16], true, null));

    // Sandbox accounts are enabled when opened, so none ever needs onboarding.
    public Task<Uri> OnboardingLinkAsync(string accountId, Uri returnUrl, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException($"Sandbox account {accountId} is enabled; it has no onboarding.");
}
