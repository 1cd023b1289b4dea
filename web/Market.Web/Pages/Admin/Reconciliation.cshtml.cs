using System.Text;
using Market.Domain.Parties;
using Market.Scheduling.Reconciliation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Admin;

/// <summary>Admins see the platform's cash reconciled with Stripe day by day, drift highlighted, and download it as CSV.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class ReconciliationModel(Reconciler reconciler, TimeProvider time) : PageModel
{
    /// <summary>Days listed.</summary>
    public const int DaysShown = 31;

    /// <summary>The latest reports, newest day first.</summary>
    public IReadOnlyList<ReconciliationReport> Reports { get; private set; } = [];

    /// <summary>The day to reconcile now (UTC); today when empty.</summary>
    [BindProperty]
    public DateOnly? Day { get; set; }

    /// <summary>What the last action did.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Lists the reports.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Reports = await reconciler.LatestAsync(DaysShown, cancellationToken);

    /// <summary>The same reports as CSV.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken) =>
        File(Encoding.UTF8.GetBytes(ReconciliationCsv.Of(await reconciler.LatestAsync(DaysShown, cancellationToken))), "text/csv", "reconciliation.csv");

    /// <summary>Reconciles one day now (what the daily job does for its last few days).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var day = Day ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var report = await reconciler.ReconcileAsync(day, cancellationToken);
        Message = $"{report.Id} reconciled: " + (report.HasDrift ? "drift found." : report.HasGaps ? "no drift where figures exist; some are missing." : "no drift.");
        return RedirectToPage();
    }
}
