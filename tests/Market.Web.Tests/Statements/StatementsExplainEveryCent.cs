using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Market.Web.Tests.Payouts;
using UglyToad.PdfPig;

namespace Market.Web.Tests.Statements;

public sealed class StatementsExplainEveryCent(NoHoldApp fixture) : IClassFixture<NoHoldApp>
{
    private readonly MarketApp _app = fixture.App;

    [Fact]
    public async Task TheLinesSumToTheChangeInBalanceAndMatchTheControlTotals()
    {
        var month = await StatementScenario.SeedAsync(_app);

        var statement = await month.Artist.GetFromJsonAsync<JsonElement>(month.Path());

        var lines = statement.GetProperty("lines").EnumerateArray().ToList();
        var sum = lines.Sum(l => l.GetProperty("amountMicros").GetInt64());
        var (opening, closing) = (statement.GetProperty("openingMicros").GetInt64(), statement.GetProperty("closingMicros").GetInt64());
        opening.ShouldBe(0);
        closing.ShouldBe(await month.EarnedAsync());
        sum.ShouldBe(closing - opening);
        statement.GetProperty("controlTotals").GetProperty("sumMicros").GetInt64().ShouldBe(sum);
        statement.GetProperty("controlTotals").GetProperty("lineCount").GetInt32().ShouldBe(lines.Count);
        // Attribution part 1,218,900 + the original's 16,252,000 − the refund's 202,947 (RefundsTests); paid whole cents, 7,953 carried.
        sum.ShouldBe(1_218_900 + 16_252_000 - 202_947);
        var payout = statement.GetProperty("payouts").EnumerateArray().Single();
        payout.GetProperty("transferId").GetString()!.ShouldStartWith("tr_sandbox_");
        payout.GetProperty("amountMicros").GetInt64().ShouldBe(17_260_000);
        statement.GetProperty("subCentCarriedMicros").GetInt64().ShouldBe(7_953);

        var part = lines.Single(l => l.GetProperty("kind").GetString() == "sale" && l.GetProperty("orderId").GetString() == month.GeneratedOrder);
        part.GetProperty("role").GetString().ShouldBe("contributor");
        part.GetProperty("attributionPpm").GetInt64().ShouldBe(500_000);
        part.GetProperty("grossMinor").GetInt64().ShouldBe(2000);
        part.GetProperty("feeMinor").GetInt64().ShouldBe(88);
        part.GetProperty("commissionMicros").GetInt64().ShouldBe(2_868_000);
        part.GetProperty("route").GetString()!.ShouldMatch("^'Dunes, imagined' \\(generated\\) → model Model \\w+ 1\\.0 → contributor pool → your work 'Training work'$");
        var refund = lines.Single(l => l.GetProperty("kind").GetString() == "refund");
        refund.GetProperty("amountMicros").GetInt64().ShouldBe(-202_947);
        refund.GetProperty("grossMinor").GetInt64().ShouldBe(-333);
    }

    [Fact]
    public async Task TheCsvParsesWithAStandardReaderIntoTheSameNumbers()
    {
        var month = await StatementScenario.SeedAsync(_app);
        var json = await month.Artist.GetFromJsonAsync<JsonElement>(month.Path());

        var response = await month.Artist.GetAsync(month.Path(".csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Headers.GetValues("X-Statement-Sha256").Single().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var rows = StandardCsv.Read(System.Text.Encoding.UTF8.GetString(bytes));
        long Micros(Dictionary<string, string> row) => long.Parse(row["amountMicros"], CultureInfo.InvariantCulture);
        var lines = rows.Where(r => r["type"] == "line").ToList();
        lines.Select(Micros).ShouldBe(json.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amountMicros").GetInt64()));
        lines.Select(r => r["route"]).ShouldBe(json.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("route").GetString()));
        Micros(rows.Single(r => r["type"] == "opening")).ShouldBe(json.GetProperty("openingMicros").GetInt64());
        Micros(rows.Single(r => r["type"] == "closing")).ShouldBe(json.GetProperty("closingMicros").GetInt64());
        var control = rows.Single(r => r["type"] == "controlTotals");
        control["lineCount"].ShouldBe(lines.Count.ToString(CultureInfo.InvariantCulture));
        Micros(control).ShouldBe(lines.Sum(Micros));
        Micros(rows.Single(r => r["type"] == "payout")).ShouldBe(17_260_000);
        rows.Single(r => r["type"] == "subCentCarried")["amount"].ShouldBe("0.007953");
    }

    [Fact]
    public async Task ThePdfOpensAndItsTextHoldsTheControlTotals()
    {
        var month = await StatementScenario.SeedAsync(_app);
        var json = await month.Artist.GetFromJsonAsync<JsonElement>(month.Path());

        var bytes = await month.Artist.GetByteArrayAsync(month.Path(".pdf"));

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        var totals = json.GetProperty("controlTotals");
        text.ShouldContain($"line count {totals.GetProperty("lineCount").GetInt32()}, sum {totals.GetProperty("sumMicros").GetInt64()} micros");
        text.ShouldContain($"Statement {month.Period}");
    }

    [Fact]
    public async Task AClosedStatementRegeneratesToTheSameBytesAndTheRecordedHash()
    {
        var month = await StatementScenario.SeedAsync(_app);
        using var admin = _app.WithKey(MarketApp.AdminKey);

        var close = await admin.PostAsync($"/api/v1/admin/statements/{month.Period}/close", null);

        close.StatusCode.ShouldBe(HttpStatusCode.OK, await close.Content.ReadAsStringAsync());
        var recorded = (await close.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statements").EnumerateArray()
            .Single(s => s.GetProperty("partyId").GetString() == month.ArtistId);
        var csv1 = await month.Artist.GetAsync(month.Path(".csv"));
        var csv2 = await month.Artist.GetAsync(month.Path(".csv"));
        var pdf1 = await month.Artist.GetAsync(month.Path(".pdf"));
        var pdf2 = await month.Artist.GetAsync(month.Path(".pdf"));
        var json = await month.Artist.GetFromJsonAsync<JsonElement>(month.Path());

        (await csv1.Content.ReadAsByteArrayAsync()).ShouldBe(await csv2.Content.ReadAsByteArrayAsync());
        (await pdf1.Content.ReadAsByteArrayAsync()).ShouldBe(await pdf2.Content.ReadAsByteArrayAsync());
        var csvHash = recorded.GetProperty("csvSha256").GetString();
        csv2.Headers.GetValues("X-Statement-Sha256").Single().ShouldBe(csvHash);
        Convert.ToHexStringLower(SHA256.HashData(await csv2.Content.ReadAsByteArrayAsync())).ShouldBe(csvHash);
        pdf2.Headers.GetValues("X-Statement-Sha256").Single().ShouldBe(recorded.GetProperty("pdfSha256").GetString());
        json.GetProperty("closed").GetBoolean().ShouldBeTrue();
        json.GetProperty("csvSha256").GetString().ShouldBe(csvHash);
    }

    [Fact]
    public async Task AnotherPartyGetsNotFoundAnonymousIsRefusedAndABadPeriodNamesPeriod()
    {
        var month = await StatementScenario.SeedAsync(_app);
        var other = month.Piece.Clients[month.Piece.CreatorId];
        using var anonymous = _app.Anonymous();

        (await other.GetAsync(month.Path())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync(month.Path(".csv"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(month.Path())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var bad = await month.Artist.GetAsync($"/api/v1/accounts/{month.ArtistId}/statements/2026-13");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("period", out _).ShouldBeTrue();
        using var admin = _app.WithKey(MarketApp.AdminKey);
        (await admin.PostAsync("/api/v1/admin/statements/2999-01/close", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await month.Artist.PostAsync($"/api/v1/admin/statements/{month.Period}/close", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
