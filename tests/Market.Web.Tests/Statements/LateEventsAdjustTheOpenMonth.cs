using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Royalties;
using Market.Domain.Statements;
using Market.Store.Ledger;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Statements;

/// <summary>
/// An event dated last month that arrives after the party's statement for last month closed (DW4 of
/// issue 20): the closed statement keeps its bytes and hash, this month shows the late line as an
/// adjustment, and nothing answers 409.
/// </summary>
public sealed class LateEventsAdjustTheOpenMonth(MarketApp app) : IClassFixture<MarketApp>
{
    private static readonly StatementPeriod ThisMonth = StatementPeriod.Containing(DateTimeOffset.UtcNow);
    private static readonly StatementPeriod LastMonth = ThisMonth.Previous();

    [Fact]
    public async Task ALateEventLeavesTheClosedMonthAsItWasAndAdjustsTheOpenOne()
    {
        var (partyId, key) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(key);
        var ledger = app.Services.GetRequiredService<LedgerStore>();
        await ledger.PostAsync(Settlement(partyId, 1_000_000, LastMonth.Start.AddDays(3)));
        var closedCsv = await artist.GetAsync($"/api/v1/accounts/{partyId}/statements/{LastMonth}.csv");
        var closedPdf = await artist.GetByteArrayAsync($"/api/v1/accounts/{partyId}/statements/{LastMonth}.pdf");

        var lateAt = LastMonth.Start.AddDays(20);
        await ledger.PostAsync(Settlement(partyId, 250_000, lateAt));

        var again = await artist.GetAsync($"/api/v1/accounts/{partyId}/statements/{LastMonth}.csv");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsByteArrayAsync()).ShouldBe(await closedCsv.Content.ReadAsByteArrayAsync());
        again.Headers.GetValues("X-Statement-Sha256").Single().ShouldBe(closedCsv.Headers.GetValues("X-Statement-Sha256").Single());
        (await artist.GetByteArrayAsync($"/api/v1/accounts/{partyId}/statements/{LastMonth}.pdf")).ShouldBe(closedPdf);
        var last = await artist.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{partyId}/statements/{LastMonth}");
        last.GetProperty("closed").GetBoolean().ShouldBeTrue();
        last.GetProperty("closingMicros").GetInt64().ShouldBe(1_000_000);

        var open = await artist.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{partyId}/statements/{ThisMonth}");
        open.GetProperty("openingMicros").GetInt64().ShouldBe(1_000_000);
        open.GetProperty("closingMicros").GetInt64().ShouldBe(1_250_000);
        var adjustment = open.GetProperty("lines").EnumerateArray().Single();
        adjustment.GetProperty("adjustment").GetBoolean().ShouldBeTrue();
        adjustment.GetProperty("amountMicros").GetInt64().ShouldBe(250_000);
        adjustment.GetProperty("at").GetDateTimeOffset().ShouldBe(lateAt);
        var csv = StandardCsv.Read(await artist.GetStringAsync($"/api/v1/accounts/{partyId}/statements/{ThisMonth}.csv"));
        csv.Single(r => r["type"] == "adjustment")["amountMicros"].ShouldBe(250_000.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AnAdminCloseAfterAPartysOwnCloseStillVerifiesAfterALateEvent()
    {
        var (partyId, key) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(key);
        using var admin = app.WithKey(MarketApp.AdminKey);
        var ledger = app.Services.GetRequiredService<LedgerStore>();
        await ledger.PostAsync(Settlement(partyId, 400_000, LastMonth.Start.AddDays(1)));
        (await artist.GetAsync($"/api/v1/accounts/{partyId}/statements/{LastMonth}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ledger.PostAsync(Settlement(partyId, 100_000, LastMonth.Start.AddDays(2)));

        (await admin.PostAsync($"/api/v1/admin/statements/{LastMonth}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var last = await artist.GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{partyId}/statements/{LastMonth}");
        last.GetProperty("closingMicros").GetInt64().ShouldBe(400_000);
    }

    // A pool settlement credits the party's pending earnings: an event with a date of our choosing.
    private static LedgerTransaction Settlement(string partyId, long micros, DateTimeOffset at)
    {
        var pool = new ModelId($"late-{Guid.NewGuid():N}");
        var path = RoyaltyPath.Of([PathStep.Parse($"pool:{pool}")]);
        return LedgerTransactions.PoolSettlement(
            pool, micros, [new RoyaltyPart(RoyaltyRole.Contributor, new PartyId(partyId), null, path, micros)], $"late-test:{pool}", at);
    }
}
