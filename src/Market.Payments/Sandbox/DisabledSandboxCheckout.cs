namespace Market.Payments.Sandbox;

/// <summary>Stripe mode's sandbox: there are no sandbox sessions to show, pay or cancel.</summary>
internal sealed class DisabledSandboxCheckout : ISandboxCheckout
{
    public Task<SandboxSession?> GetAsync(string sessionId, CancellationToken cancellationToken = default) => Task.FromResult<SandboxSession?>(null);

    public Task<SandboxSession?> PayAsync(string sessionId, CancellationToken cancellationToken = default) => Task.FromResult<SandboxSession?>(null);

    public Task<SandboxSession?> CancelAsync(string sessionId, CancellationToken cancellationToken = default) => Task.FromResult<SandboxSession?>(null);
}
