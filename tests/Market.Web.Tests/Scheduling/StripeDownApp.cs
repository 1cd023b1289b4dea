namespace Market.Web.Tests.Scheduling;

/// <summary>Market in Stripe mode with schedules on, whose Stripe API address answers nothing: every call to Stripe fails.</summary>
public sealed class StripeDownApp : IAsyncLifetime
{
    /// <summary>The app.</summary>
    public MarketApp App { get; } = new(new Dictionary<string, string>
    {
        ["Market:Schedules:Enabled"] = "true",
        ["Stripe:SecretKey"] = "sk_test_unreachable",
        ["Stripe:WebhookSecret"] = "whsec_unreachable",
        ["Stripe:ApiBase"] = "http://127.0.0.1:9",
        ["Stripe:MaxNetworkRetries"] = "0",
    });

    /// <inheritdoc />
    public Task InitializeAsync() => App.InitializeAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => App.DisposeAsync();
}
