using System.Security.Cryptography;
using JasperFx;
using Marten;
using Market.Payments.Webhooks;

namespace Market.Payments.Sandbox;

/// <summary>
/// The sandbox's webhook secret when none is configured: made on first use and kept in PostgreSQL, so
/// an event signed on one node verifies on every other and after restarts. When nodes race to make it,
/// the first insert wins and the others load that one.
/// </summary>
internal sealed class StoredWebhookSecret(IDocumentStore store, TimeProvider time) : IWebhookSecret
{
    private Task<string>? _secret;

    public ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        // Loaded once per process; a failed load is retried by the next caller.
        var secret = _secret;
        if (secret is null || secret.IsFaulted || secret.IsCanceled)
        {
            _secret = secret = LoadOrCreateAsync();
        }

        return new ValueTask<string>(secret.WaitAsync(cancellationToken));
    }

    private async Task<string> LoadOrCreateAsync()
    {
        if (await LoadAsync() is { } stored)
        {
            return stored;
        }

        var document = new SandboxWebhookSecretDocument
        {
            Secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
            CreatedAt = time.GetUtcNow(),
        };
        try
        {
            await using var session = store.LightweightSession();
            session.Insert(document);
            await session.SaveChangesAsync();
            return document.Secret;
        }
        catch (DocumentAlreadyExistsException)
        {
            return await LoadAsync() ?? throw new InvalidOperationException("The sandbox webhook secret vanished.");
        }
    }

    private async Task<string?> LoadAsync()
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<SandboxWebhookSecretDocument>(SandboxWebhookSecretDocument.OnlyId))?.Secret;
    }
}

/// <summary>The one stored sandbox webhook secret.</summary>
internal sealed class SandboxWebhookSecretDocument
{
    public const string OnlyId = "sandbox";

    public string Id { get; set; } = OnlyId;

    public string Secret { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
