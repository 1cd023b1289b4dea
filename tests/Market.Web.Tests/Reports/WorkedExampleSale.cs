using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Reports;

/// <summary>A Market of its own in which the DESIGN worked example's piece was sold once, paid through the sandbox.</summary>
public sealed class WorkedExampleSale : IAsyncLifetime
{
    /// <summary>The app.</summary>
    public MarketApp App { get; } = new();

    /// <summary>The piece sold, its parties and their clients.</summary>
    public GeneratedPiece Piece { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        Piece = await GeneratedPiece.CreateAsync(App);
        var (_, buyerKey) = await App.CreateAccountAsync("buyer");
        using var buyer = App.WithKey(buyerKey);
        await SandboxBuyer.BuyAsync(App, buyer, Piece.WorkId, "personal");
    }

    /// <inheritdoc />
    public Task DisposeAsync() => App.DisposeAsync();
}
