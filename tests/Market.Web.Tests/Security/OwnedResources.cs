using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Web.Tests.Api;
using Market.Web.Tests.Api.Models;
using Market.Web.Tests.Orders;

namespace Market.Web.Tests.Security;

/// <summary>
/// Real resources that belong to one person (the owner), made through the site and the API, and a
/// second person (the intruder) with the same roles who must not reach them.
/// </summary>
public sealed class OwnedResources : IDisposable
{
    private OwnedResources(SiteUser owner, SiteUser intruder)
    {
        Owner = owner;
        Intruder = intruder;
    }

    /// <summary>The person who owns everything below, signed in on the site.</summary>
    public SiteUser Owner { get; }

    /// <summary>Another signed-in person with the same roles (buyer, artist, operator) who owns none of it.</summary>
    public SiteUser Intruder { get; }

    /// <summary>The owner's API key.</summary>
    public string OwnerKey { get; private set; } = "";

    /// <summary>The intruder's API key.</summary>
    public string IntruderKey { get; private set; } = "";

    /// <summary>The owner's party id.</summary>
    public string PartyId { get; private set; } = "";

    /// <summary>A work the owner registered.</summary>
    public string WorkId { get; private set; } = "";

    /// <summary>A work the owner bought a license to (from another artist).</summary>
    public string BoughtWorkId { get; private set; } = "";

    /// <summary>The owner's paid order.</summary>
    public string OrderId { get; private set; } = "";

    /// <summary>The sandbox checkout session of that order.</summary>
    public string CheckoutSessionId { get; private set; } = "";

    /// <summary>The license the order granted.</summary>
    public string LicenseId { get; private set; } = "";

    /// <summary>The owner's model version.</summary>
    public string ModelId { get; private set; } = "";

    /// <summary>A payout run (admin-only).</summary>
    public string PayoutRunId { get; private set; } = "";

    /// <summary>This month, as statements name it.</summary>
    public string Period { get; } = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Makes both people and the owner's resources.</summary>
    public static async Task<OwnedResources> CreateAsync(MarketApp app)
    {
        var resources = new OwnedResources(await SiteUser.RegisterAsync(app, "owner"), await SiteUser.RegisterAsync(app, "intruder"));
        await resources.FillAsync(app);
        return resources;
    }

    private async Task FillAsync(MarketApp app)
    {
        OwnerKey = await KeyOfOperatorAsync(Owner);
        IntruderKey = await KeyOfOperatorAsync(Intruder);
        PartyId = await Owner.PartyIdAsync(app);
        using var owner = app.WithKey(OwnerKey);
        WorkId = await MarketApp.CreateWorkAsync(owner, WorkRequests.Valid("Owned work"));
        ModelId = await Training.CreateModelAsync(owner, Training.ModelBody());

        var (_, sellerKey) = await app.CreateAccountAsync("artist");
        using var seller = app.WithKey(sellerKey);
        BoughtWorkId = await MarketApp.CreateWorkAsync(seller, WorkRequests.Valid("Bought work"));
        var (orderId, checkoutUrl, _) = await SandboxBuyer.OrderAsync(owner, (BoughtWorkId, "personal"));
        await SandboxBuyer.PayAsync(app, checkoutUrl);
        OrderId = orderId;
        CheckoutSessionId = new Uri(checkoutUrl).Segments[^1];
        var order = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}");
        LicenseId = order.GetProperty("licenses")[0].GetString()!;

        using var admin = app.WithKey(MarketApp.AdminKey);
        var run = await admin.PostAsJsonAsync("/api/v1/admin/payout-runs", new { });
        run.StatusCode.ShouldBe(HttpStatusCode.OK, await run.Content.ReadAsStringAsync());
        PayoutRunId = (await run.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
    }

    private static async Task<string> KeyOfOperatorAsync(SiteUser person)
    {
        await person.BecomeOperatorAsync();
        return await person.CreateApiKeyAsync();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Owner.Dispose();
        Intruder.Dispose();
    }
}
