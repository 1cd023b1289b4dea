using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Web.Api.Accounts;
using Market.Store.Models;
using Market.Web.Identity;
using Market.Web.Reports;
using Market.Web.Works;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Dashboard;

/// <summary>The artist's dashboard: money by state, and every work with its consent and the model versions that include it.</summary>
public sealed class IndexModel(PartyProvisioner parties, IGrainFactory grains, BalanceReport balances, TrainingSetQueries trainingSets, PartyEarnings earnings, NamedRoleRequests namedRoles) : PageModel
{
    /// <summary>A work with its inclusion receipts.</summary>
    public sealed record WorkRow(WorkView Work, IReadOnlyList<InclusionReceipt> Inclusions);

    /// <summary>The party's balances.</summary>
    public BalanceView Balances { get; private set; } = new("usd", 0, 0, 0, 0, 0, []);

    /// <summary>The party's works, newest first.</summary>
    public IReadOnlyList<WorkRow> Works { get; private set; } = [];

    /// <summary>Everything the party earned, summed four ways for the charts.</summary>
    public EarningsBreakdown Earnings { get; private set; } = EarningsBreakdown.Of([], new Dictionary<string, string>());

    /// <summary>How many works name the party and wait for their answer (<see cref="NamedRolesModel"/>).</summary>
    public int WaitingForAnswer { get; private set; }

    /// <summary>The party's display name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Loads everything shown.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var partyId = await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        var party = await grains.GetGrain<IPartyGrain>(partyId).Get();
        Name = party?.DisplayName ?? "";
        Balances = await balances.ForAsync(partyId, cancellationToken);
        Earnings = (await earnings.OfAsync(partyId, cancellationToken)).Breakdown;
        var rows = new List<WorkRow>();
        foreach (var workId in (party?.WorkIds ?? []).Reverse())
        {
            if (await grains.GetGrain<IWorkGrain>(workId).Get() is { } work)
            {
                rows.Add(new WorkRow(work, await trainingSets.InclusionsOfAsync(workId, cancellationToken)));
            }
        }

        Works = rows;
        WaitingForAnswer = (await namedRoles.ForAsync(partyId)).Count(r => r.Mine?.Answer == Market.Domain.Catalog.NamedRoles.Pending);
    }
}
