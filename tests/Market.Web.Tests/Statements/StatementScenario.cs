using System.Net.Http.Json;
using System.Text.Json;
using Market.Domain.Statements;
using Market.Web.Tests.Api;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Statements;

/// <summary>
/// A month of money for one artist (the first contributor of the worked example's model): the
/// generated piece sells ($20.00), the artist's own original sells ($20.00), the generated order is
/// partly refunded (333¢) through the admin API, and a payout run pays the artist whole cents.
/// </summary>
public sealed record StatementScenario(MarketApp App, GeneratedPiece Piece, string ArtistId, HttpClient Artist, string GeneratedOrder, string OriginalOrder, string Period)
{
    /// <summary>Seeds the month; with a hold of zero days the payout run pays what is left after the refund.</summary>
    public static async Task<StatementScenario> SeedAsync(MarketApp app)
    {
        var piece = await GeneratedPiece.CreateAsync(app);
        var artistId = piece.ContributorByWork.Values.First();
        var artist = piece.Clients[artistId];
        var original = await MarketApp.CreateWorkAsync(artist, WorkRequests.WithOffers(WorkRequests.Valid("Red, Dunes \"at dusk\""), ("personal", 2000)));
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var buyer = app.WithKey(buyerKey);
        var generatedOrder = await SandboxBuyer.BuyAsync(app, buyer, piece.WorkId, "personal");
        var originalOrder = await SandboxBuyer.BuyAsync(app, buyer, original, "personal");
        using var admin = app.WithKey(MarketApp.AdminKey);
        (await admin.PostAsJsonAsync($"/api/v1/admin/orders/{generatedOrder}/refunds", new { lineId = "1", amountMinor = 333 })).EnsureSuccessStatusCode();
        (await artist.PostAsync($"/api/v1/accounts/{artistId}/payout-account", null)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/v1/admin/payout-runs", new { runId = (string?)null })).EnsureSuccessStatusCode();
        return new StatementScenario(app, piece, artistId, artist, generatedOrder, originalOrder, StatementPeriod.Containing(DateTimeOffset.UtcNow).ToString());
    }

    /// <summary>The artist's statement path for this month, with an optional extension.</summary>
    public string Path(string extension = "") => $"/api/v1/accounts/{ArtistId}/statements/{Period}{extension}";

    /// <summary>The artist's earned balance now (pending + available + in payout + paid − receivable), from the balance API.</summary>
    public async Task<long> EarnedAsync()
    {
        var b = await Artist.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{ArtistId}/balance");
        long Of(string name) => b.GetProperty(name).GetInt64();
        return Of("pendingMicros") + Of("availableMicros") + Of("inPayoutMicros") + Of("paidMicros") - Of("receivableMicros");
    }
}
