namespace Market.Web.Tests.Payouts;

/// <summary>Market with a hold window of zero days, so a sale's earnings mature at the next pass.</summary>
public sealed class NoHoldApp : IAsyncLifetime
{
    /// <summary>The app.</summary>
    public MarketApp App { get; } = new(new Dictionary<string, string> { ["Market:Payouts:HoldDays"] = "0" });

    /// <inheritdoc />
    public Task InitializeAsync() => App.InitializeAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => App.DisposeAsync();
}
