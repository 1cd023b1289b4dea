using System.Net;
using System.Text.RegularExpressions;
using Market.Domain.Parties;
using Market.Scheduling.History;
using Market.Scheduling.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Scheduling;

public sealed partial class JobsPageShowsSchedulesAndFailures(StripeDownApp fixture) : IClassFixture<StripeDownApp>
{
    private readonly MarketApp _app = fixture.App;

    [Fact]
    public async Task EveryJobIsListedWithItsScheduleAndNextRun()
    {
        using var admin = await PageSignIn.AsAsync(_app, Roles.Admin);
        var page = await admin.GetStringAsync("/Admin/Jobs");

        foreach (var job in _app.Services.GetRequiredService<MarketJobs>().All)
        {
            var row = Row(page, job.Key.Name);
            row.ShouldContain(WebUtility.HtmlEncode(job.Cron));
            row.ShouldContain(job.Setting);
            NextRun().IsMatch(row).ShouldBeTrue($"no next run shown for {job.Key.Name}: {row}");
        }
    }

    [Fact]
    public async Task AJobRunFromThePageThatFailsShowsAsFailedWithItsReasonAndAMissingFigureIsNotZero()
    {
        using var admin = await PageSignIn.AsAsync(_app, Roles.Admin);
        var runs = _app.Services.GetRequiredService<JobRuns>();
        var before = (await runs.LatestAsync(MarketJobs.Reconcile.Name, 100)).Select(r => r.Id).ToHashSet();
        var page = await admin.GetStringAsync("/Admin/Jobs");
        var form = new Dictionary<string, string> { ["job"] = MarketJobs.Reconcile.Name, ["__RequestVerificationToken"] = FormTokens.From(page) };

        (await admin.PostAsync("/Admin/Jobs?handler=Run", new FormUrlEncodedContent(form))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var failed = await ScheduledJobs.FinishedAsync(runs, MarketJobs.Reconcile.Name, r => !before.Contains(r.Id), TimeSpan.FromSeconds(30));

        failed.Succeeded.ShouldBe(false);
        failed.Message.ShouldNotBeNull().ShouldContain("could not be listed");
        var shown = await admin.GetStringAsync("/Admin/Jobs");
        Row(shown, MarketJobs.Reconcile.Name).ShouldContain("failed");
        Failures(shown, MarketJobs.Reconcile.Name).ShouldContain(WebUtility.HtmlEncode("could not be listed"));
        var reconciliation = await admin.GetStringAsync("/Admin/Reconciliation");
        reconciliation.ShouldContain("missing");
        reconciliation.ShouldNotContain("table-danger drift");
        var forged = await admin.PostAsync("/Admin/Jobs?handler=Run", new FormUrlEncodedContent(new Dictionary<string, string> { ["job"] = MarketJobs.Reconcile.Name }));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TheJobsPageIsForAdminsOnly()
    {
        using var artist = await PageSignIn.AsAsync(_app, Roles.Artist);
        var asArtist = await artist.GetAsync("/Admin/Jobs");
        asArtist.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        asArtist.Headers.Location!.ToString().ShouldContain("AccessDenied");
    }

    private static string Row(string page, string job)
    {
        var start = page.IndexOf($"data-job=\"{job}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no row for {job}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static string Failures(string page, string job)
    {
        var start = page.IndexOf($"data-failures=\"{job}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, $"no failures listed for {job}");
        return page[start..page.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("data-testid=\"next\">20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d<")]
    private static partial Regex NextRun();
}
