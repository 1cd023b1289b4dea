using Market.Domain.Reports;
using Market.Domain.Statements;
using Market.Web.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Reports;

/// <summary>The public monthly transparency report: where all the money buyers paid went, from the ledger (computed once per ended month; see <see cref="TransparencyReports"/>).</summary>
public sealed class TransparencyModel(TransparencyReports reports, TimeProvider time) : PageModel
{
    /// <summary>The month shown.</summary>
    public StatementPeriod Period { get; private set; }

    /// <summary>The month's money.</summary>
    public MoneyFlow Flow { get; private set; } = MoneyFlow.Zero;

    /// <summary>Paid order lines in the month.</summary>
    public int Sales { get; private set; }

    /// <summary>Training contributors credited in the month.</summary>
    public int PaidContributors { get; private set; }

    /// <summary>True when the month has not ended yet.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>Builds the report for <paramref name="period"/> (yyyy-MM), the current month when absent.</summary>
    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken cancellationToken)
    {
        var current = StatementPeriod.Containing(time.GetUtcNow());
        if (period is null) Period = current;
        else if (!StatementPeriod.TryParse(period, out var parsed) || parsed.Start > current.Start) return NotFound();
        else Period = parsed;

        var figures = await reports.OfAsync(Period, cancellationToken);
        (Flow, Sales, PaidContributors) = (figures.Flow, figures.Sales, figures.PaidContributors);
        IsOpen = Period == current;
        return Page();
    }
}
