using Market.Contracts.Payouts;
using Market.Domain.Parties;
using Market.Store;
using Market.Web.Api.Payouts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Market.Web.Pages.Admin;

/// <summary>Admins run a payout now and see the latest runs with what each did per party.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class PayoutRunsModel(IGrainFactory grains, TimeProvider time, NpgsqlDataSource dataSource, MarketStoreOptions store, IOptions<ClusterOptions> cluster) : PageModel
{
    /// <summary>Runs listed.</summary>
    public const int Shown = 20;

    /// <summary>The latest runs, newest first.</summary>
    public IReadOnlyList<PayoutRunView> Runs { get; private set; } = [];

    /// <summary>What the last action did.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>True when the message is a failure.</summary>
    [TempData]
    public bool Failed { get; set; }

    /// <summary>Lists the runs.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var ids = await PayoutRunsQuery.LatestAsync(dataSource, store, cluster, Shown, cancellationToken);
        var runs = await Task.WhenAll(ids.Select(id => grains.GetGrain<IPayoutRunGrain>(id).Get()));
        Runs = [.. runs.Where(r => r.StartedAt is not null).OrderByDescending(r => r.StartedAt)];
    }

    /// <summary>Runs a payout now, through the same grain as the API and the weekly job.</summary>
    public async Task<IActionResult> OnPostRunAsync()
    {
        var result = await PayoutRuns.Start(null, grains, time);
        if (result is IValueHttpResult { Value: PayoutRunView run })
        {
            var paid = run.Lines.Count(l => l.Status == "paid");
            (Message, Failed) = ($"Run {run.RunId} {run.Status}: {run.Lines.Count} parties considered, {paid} paid.", false);
        }
        else
        {
            (Message, Failed) = ("Another payout run is in progress; try again when it has finished.", true);
        }

        return RedirectToPage();
    }
}
