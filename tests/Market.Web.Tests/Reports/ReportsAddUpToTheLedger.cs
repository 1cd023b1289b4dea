using System.Net.Http.Json;
using System.Text.Json;
using Market.Domain.Parties;
using Market.Web.Tests.Browser;
using Market.Web.Tests.Orders;
using Microsoft.Playwright;

namespace Market.Web.Tests.Reports;

/// <summary>
/// One sale of the DESIGN worked example ($20 generated piece: fee 88¢, commission 2,868,000, creator 6,500,800,
/// owner 4,875,600, pool 4,875,600 of which 2,437,800 by attribution 0.5/0.3/0.2), then every report page checked
/// against those figures and against each party's balance on the ledger.
/// </summary>
public sealed class ReportsAddUpToTheLedger(WorkedExampleSale sale, BrowserSession browser) : IClassFixture<WorkedExampleSale>, IClassFixture<BrowserSession>, IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private MarketApp App => sale.App;
    private GeneratedPiece Piece => sale.Piece;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.DisposeAsync();
    }

    [Fact]
    public async Task TheTransparencyReportShowsTheMonthsMoneyAsTheLedgerHoldsIt()
    {
        var page = await OpenAsync(null);
        await page.GotoAsync("/Reports/Transparency");

        var figures = await FiguresAsync(page.Locator("main"));
        figures["gross"].ShouldBe(20_000_000);
        figures["refunded"].ShouldBe(0);
        figures["fees"].ShouldBe(880_000);
        figures["platform"].ShouldBe(2_868_000);
        figures["creators"].ShouldBe(await PendingAsync(Piece.CreatorId));
        figures["modelOwners"].ShouldBe(await PendingAsync(Piece.OwnerId));
        var contributorsPending = 0L;
        foreach (var contributor in Piece.ContributorByWork.Values) contributorsPending += await PendingAsync(contributor);
        figures["contributors"].ShouldBe(contributorsPending + 2_437_800, "attributed parts on the ledger plus the pool floor awaiting settlement");
        (figures["gross"] - figures["fees"]).ShouldBe(figures["platform"] + figures["creators"] + figures["modelOwners"] + figures["contributors"]);
        (await page.GetByTestId("paid-contributors").InnerTextAsync()).ShouldBe("3");
        await People.ShootAsync(page, BrowserSession.ScreenshotFolder("reports"), "01-transparency");
    }

    [Fact]
    public async Task TheOperatorReportShowsRevenuePerModelVersion()
    {
        var page = await OpenAsync(Piece.OwnerId, Roles.Operator);
        await page.GotoAsync("/Operator/Report");

        var figures = await FiguresAsync(page.Locator($"section[data-model='{Piece.ModelId}']"));
        figures["gross"].ShouldBe(20_000_000);
        figures["creators"].ShouldBe(6_500_800);
        figures["modelOwners"].ShouldBe(await PendingAsync(Piece.OwnerId));
        figures["contributors"].ShouldBe(4_875_600);
        await People.ShootAsync(page, BrowserSession.ScreenshotFolder("reports"), "02-operator-report");
    }

    [Fact]
    public async Task TheCreatorsDashboardChartsSumTheirEarningsByRoleAndModel()
    {
        var page = await OpenAsync(Piece.CreatorId, Roles.Artist);
        await page.GotoAsync("/Dashboard");

        var earned = await PendingAsync(Piece.CreatorId);
        earned.ShouldBe(6_500_800);
        (await ChartAsync(page, "by-role")).ShouldBe(new Dictionary<string, long> { ["creator"] = earned });
        (await ChartAsync(page, "by-model")).Values.ShouldBe([earned]);
        (await ChartAsync(page, "by-month")).Values.Sum().ShouldBe(earned);
        (await ChartAsync(page, "by-work")).Values.Sum().ShouldBe(earned);
        await People.ShootAsync(page, BrowserSession.ScreenshotFolder("reports"), "03-creator-dashboard-charts");
    }

    [Fact]
    public async Task AContributorsInclusionReceiptShowsWhatTheModelVersionPaidThroughTheirWork()
    {
        var (work, contributor) = Piece.ContributorByWork.First();
        var page = await OpenAsync(contributor, Roles.Artist);
        await page.GotoAsync("/Dashboard");
        var earned = await PendingAsync(contributor);
        earned.ShouldBe(1_218_900);
        (await ChartAsync(page, "by-role")).ShouldBe(new Dictionary<string, long> { ["contributor"] = earned });

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Inclusion receipts") }).ClickAsync();
        var receipt = page.Locator($"section[aria-labelledby='work-{work}'] tr[data-model='{Piece.ModelId}']");
        (await receipt.GetAttributeAsync("data-micros")).ShouldBe(earned.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await People.ShootAsync(page, BrowserSession.ScreenshotFolder("reports"), "04-inclusion-receipts");
    }

    private async Task<IPage> OpenAsync(string? partyId, params string[] roles)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = App.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        if (partyId is not null) await People.SignInAsync(App, page, partyId, roles);
        return page;
    }

    private async Task<long> PendingAsync(string partyId)
    {
        var balance = await Piece.Clients[partyId].GetFromJsonAsync<JsonElement>($"/api/v1/accounts/{partyId}/balance");
        return balance.GetProperty("pendingMicros").GetInt64();
    }

    private static async Task<Dictionary<string, long>> FiguresAsync(ILocator scope)
    {
        var rows = await scope.Locator("tr[data-figure]").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.figure, r.dataset.micros])");
        return rows.ToDictionary(r => r[0], r => long.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<Dictionary<string, long>> ChartAsync(IPage page, string chart)
    {
        var rows = await page.Locator($"figure[data-chart='{chart}'] tr[data-micros]").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.querySelector('th').textContent, r.dataset.micros])");
        return rows.ToDictionary(r => r[0], r => long.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
