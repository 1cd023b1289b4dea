using Market.Domain.Statements;
using Market.Web.Identity;
using Market.Grains.Statements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Dashboard;

/// <summary>One month's statement of the signed-in party, as a page, a CSV or a PDF. There is no account in the address: a person only ever sees their own.</summary>
public sealed class StatementsMonthModel(PartyProvisioner parties, StatementDocuments statements) : PageModel
{
    /// <summary>The statement shown, with the CSV's hash (the page renders no document; the CSV and PDF downloads only theirs).</summary>
    public RenderedStatement Rendered { get; private set; } = null!;

    /// <summary>Shows the statement.</summary>
    public Task<IActionResult> OnGetAsync(string period, CancellationToken cancellationToken) => AnswerAsync(period, StatementFormat.Figures, _ => Page(), cancellationToken);

    /// <summary>Downloads the CSV.</summary>
    public Task<IActionResult> OnGetCsvAsync(string period, CancellationToken cancellationToken) =>
        AnswerAsync(period, StatementFormat.Csv, r => File(r.Bytes, "text/csv; charset=utf-8", $"statement-{period}.csv"), cancellationToken);

    /// <summary>Downloads the PDF.</summary>
    public Task<IActionResult> OnGetPdfAsync(string period, CancellationToken cancellationToken) =>
        AnswerAsync(period, StatementFormat.Pdf, r => File(r.Bytes, "application/pdf", $"statement-{period}.pdf"), cancellationToken);

    private async Task<IActionResult> AnswerAsync(string period, StatementFormat format, Func<RenderedStatement, IActionResult> answer, CancellationToken cancellationToken)
    {
        if (!StatementPeriod.TryParse(period, out var month))
        {
            return NotFound();
        }

        var party = await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        try
        {
            Rendered = await statements.GetAsync(party, month, format, cancellationToken);
        }
        catch (StatementChangedException)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }

        Response.Headers[Api.Statements.GetStatement.HashHeader] = Rendered.Sha256;
        return answer(Rendered);
    }
}
