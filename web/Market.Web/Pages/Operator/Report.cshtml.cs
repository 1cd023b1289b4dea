using Market.Store.Statements;
using Marten;
using Market.Contracts.Works;
using Market.Domain.Ledger;
using Market.Domain.Parties;
using Market.Domain.Reports;
using Market.Domain.Statements;
using Market.Web.Identity;
using Market.Web.Models;
using Market.Web.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Operator;

/// <summary>The operator report: for each of the operator's model versions, the month's sales of pieces made with it and where their money went.</summary>
[Authorize(Roles = Roles.Operator)]
public sealed class ReportModel(PartyProvisioner parties, IQuerySession documents, IGrainFactory grains, StatementLedger ledger, TimeProvider time) : PageModel
{
    /// <summary>One model version's month.</summary>
    public sealed record ModelRow(ModelListing Model, int Sales, MoneyFlow Flow);

    /// <summary>The month shown.</summary>
    public StatementPeriod Period { get; private set; }

    /// <summary>The operator's model versions, newest first.</summary>
    public IReadOnlyList<ModelRow> Models { get; private set; } = [];

    /// <summary>Builds the report for <paramref name="period"/> (yyyy-MM), the current month when absent.</summary>
    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken cancellationToken)
    {
        Period = StatementPeriod.Containing(time.GetUtcNow());
        if (period is not null)
        {
            if (!StatementPeriod.TryParse(period, out var parsed)) return NotFound();
            Period = parsed;
        }

        var ownerId = await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        var listings = await documents.Query<ModelListing>().Where(m => m.OwnerId == ownerId).OrderByDescending(m => m.RegisteredAt).ToListAsync(cancellationToken);
        var byModel = await GroupByModelAsync(await ledger.AllTransactionsAsync(Period.Start, Period.End, cancellationToken));
        Models = [.. listings.Select(m => byModel.TryGetValue(m.Id, out var t)
            ? new ModelRow(m, t.Count(x => x.Kind == LedgerTransactionKind.Sale), MoneyFlow.Of(t))
            : new ModelRow(m, 0, MoneyFlow.Zero))];
        return Page();
    }

    // The sales, refunds and reversals of generated pieces, by the model version that made the piece.
    private async Task<Dictionary<string, List<LedgerTransaction>>> GroupByModelAsync(IEnumerable<LedgerTransaction> transactions)
    {
        var modelOfWork = new Dictionary<string, string?>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<LedgerTransaction>>(StringComparer.Ordinal);
        foreach (var transaction in transactions.Where(t => MoneyFlow.Kinds.Contains(t.Kind)))
        {
            if (transaction.References.Work is not { } work) continue;
            if (!modelOfWork.TryGetValue(work.Value, out var model))
            {
                model = (await grains.GetGrain<IWorkGrain>(work.Value).Get())?.Generation?.ModelId;
                modelOfWork[work.Value] = model;
            }

            if (model is null) continue;
            if (!groups.TryGetValue(model, out var list)) groups[model] = list = [];
            list.Add(transaction);
        }

        return groups;
    }
}
