using System.Net.Http.Json;
using System.Text.Json;
using Market.Contracts.Orders;
using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Store.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Orders;

/// <summary>
/// The worked example's generated piece bought once for $20.00: five parties (creator, model owner,
/// three contributors) plus the platform's commission and the pool's floor. Reads everyone's money
/// by name, so a test can compare before and after to the micro.
/// </summary>
public sealed record RefundsScenario(MarketApp App, GeneratedPiece Piece, string OrderId, IReadOnlyDictionary<string, long> BeforeSale)
{
    /// <summary>The names of the five parties, in the worked example's order.</summary>
    public static readonly string[] Parties = ["creator", "owner", "contributor1", "contributor2", "contributor3"];

    /// <summary>What each part of the worked example's sale received, in micros (DESIGN 2.2).</summary>
    public static readonly IReadOnlyDictionary<string, long> SaleParts = new Dictionary<string, long>
    {
        ["creator"] = 6_500_800, ["owner"] = 4_875_600, ["contributor1"] = 1_218_900, ["contributor2"] = 731_340,
        ["contributor3"] = 487_560, ["platform"] = 2_868_000, ["pool"] = 2_437_800,
    };

    /// <summary>Creates the piece and buys it through the sandbox checkout.</summary>
    public static async Task<RefundsScenario> BuyAsync(MarketApp app)
    {
        var piece = await GeneratedPiece.CreateAsync(app);
        var (_, buyerKey) = await app.CreateAccountAsync("buyer");
        using var buyer = app.WithKey(buyerKey);
        var (orderId, checkoutUrl, _) = await SandboxBuyer.OrderAsync(buyer, (piece.WorkId, "personal"));
        var scenario = new RefundsScenario(app, piece, orderId, new Dictionary<string, long>());
        var before = await scenario.MoneyAsync();
        await SandboxBuyer.PayAsync(app, checkoutUrl);
        return scenario with { BeforeSale = before };
    }

    /// <summary>The order as the grain holds it.</summary>
    public async Task<OrderView> OrderAsync() => (await App.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrderGrain>(OrderId).Get())!;

    /// <summary>The party id behind a name of <see cref="Parties"/>.</summary>
    public string PartyId(string name) => name switch
    {
        "creator" => Piece.CreatorId,
        "owner" => Piece.OwnerId,
        _ => Piece.ContributorByWork.Values.ElementAt(int.Parse(name[^1..], System.Globalization.CultureInfo.InvariantCulture) - 1),
    };

    /// <summary>Each party's balance answer (through the API, as the party), by name.</summary>
    public async Task<Dictionary<string, JsonElement>> BalancesAsync()
    {
        var balances = new Dictionary<string, JsonElement>();
        foreach (var name in Parties)
        {
            var id = PartyId(name);
            balances[name] = await Piece.Clients[id].GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{id}/balance");
        }

        return balances;
    }

    /// <summary>
    /// Everyone's money in micros: each party's unpaid earnings (pending + available − receivable), the
    /// platform's revenue, the pool's floor, payment fees borne and the platform's cash.
    /// </summary>
    public async Task<Dictionary<string, long>> MoneyAsync()
    {
        var ledger = App.Services.GetRequiredService<LedgerStore>();
        var money = new Dictionary<string, long>();
        foreach (var name in Parties)
        {
            money[name] = (await ledger.BalanceAsync(new PartyId(PartyId(name)))).UnpaidMicros;
        }

        money["platform"] = await ledger.BalanceAsync(LedgerAccount.PlatformRevenue);
        money["pool"] = await ledger.BalanceAsync(LedgerAccount.PoolFloor(new ModelId(Piece.ModelId)));
        money["fees"] = await ledger.BalanceAsync(LedgerAccount.PaymentFees);
        money["cash"] = await ledger.BalanceAsync(LedgerAccount.PlatformCash);
        return money;
    }

    /// <summary>After minus before, per name.</summary>
    public static Dictionary<string, long> Change(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.ToDictionary(a => a.Key, a => a.Value - before.GetValueOrDefault(a.Key));

    /// <summary>Refunds through the admin API; returns the status and the body.</summary>
    public async Task<(System.Net.HttpStatusCode Status, JsonElement Body)> RefundAsync(object body, string? idempotencyKey = null)
    {
        using var admin = App.WithKey(MarketApp.AdminKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/orders/{OrderId}/refunds") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await admin.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>Asserts the admin ledger check finds nothing wrong.</summary>
    public async Task LedgerIsCleanAsync()
    {
        using var admin = App.WithKey(MarketApp.AdminKey);
        var check = await admin.GetFromJsonAsync<JsonElement>("/api/v1/admin/ledger/check");
        check.GetProperty("ok").GetBoolean().ShouldBeTrue(check.ToString());
    }
}
