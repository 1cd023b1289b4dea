using Market.Domain.Ids;
using Market.Domain.Statements;
using Market.Store.Statements;
using Market.Web.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Dashboard;

/// <summary>The signed-in party's monthly statements: every month from their first money to this one, newest first.</summary>
public sealed class StatementsModel(PartyProvisioner parties, StatementLedger reads, TimeProvider time) : PageModel
{
    /// <summary>The months, newest first.</summary>
    public IReadOnlyList<StatementPeriod> Months { get; private set; } = [];

    /// <summary>Lists the months.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var party = await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        var current = StatementPeriod.Containing(time.GetUtcNow());
        var first = await reads.FirstActivityAsync(new PartyId(party), cancellationToken) is { } at ? StatementPeriod.Containing(at) : current;
        var months = new List<StatementPeriod>();
        for (var month = current; month.Start >= first.Start; month = month.Previous())
        {
            months.Add(month);
        }

        Months = months;
    }
}
