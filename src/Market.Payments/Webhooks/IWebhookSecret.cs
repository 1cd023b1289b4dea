namespace Market.Payments.Webhooks;

/// <summary>The webhook signing secret: the verifier and the sandbox emitter read the same one.</summary>
internal interface IWebhookSecret
{
    ValueTask<string> GetAsync(CancellationToken cancellationToken);
}

/// <summary>A secret from configuration.</summary>
internal sealed class ConfiguredWebhookSecret(string secret) : IWebhookSecret
{
    public ValueTask<string> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(secret);
}
