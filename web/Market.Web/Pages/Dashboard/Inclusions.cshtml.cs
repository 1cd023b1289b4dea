using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain.Royalties;
using Market.Store.Models;
using Market.Web.Identity;
using Market.Web.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Dashboard;

/// <summary>Inclusion receipts: every sealed model version trained on each of the party's works, and what it has paid them for that work.</summary>
public sealed class InclusionsModel(PartyProvisioner parties, IGrainFactory grains, TrainingSetQueries trainingSets, PartyEarnings earnings) : PageModel
{
    /// <summary>A model version that includes a work, and the earnings it brought through that work.</summary>
    public sealed record Receipt(InclusionReceipt Inclusion, long EarnedMicros);

    /// <summary>A work and its receipts.</summary>
    public sealed record WorkReceipts(WorkView Work, IReadOnlyList<Receipt> Receipts);

    /// <summary>The party's works with at least one inclusion, newest first.</summary>
    public IReadOnlyList<WorkReceipts> Works { get; private set; } = [];

    /// <summary>Loads the receipts and sums the statement lines per work and model version.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var partyId = await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");
        var lines = (await earnings.OfAsync(partyId, cancellationToken)).Lines;
        var earned = lines
            .GroupBy(l => (Work: EarningsBreakdown.OwnWork(l), Model: EarningsBreakdown.ModelOf(l)))
            .ToDictionary(g => g.Key, g => g.Sum(l => l.AmountMicros));
        var works = new List<WorkReceipts>();
        foreach (var workId in ((await grains.GetGrain<IPartyGrain>(partyId).Get())?.WorkIds ?? []).Reverse())
        {
            var inclusions = await trainingSets.InclusionsOfAsync(workId, cancellationToken);
            if (inclusions.Count == 0 || await grains.GetGrain<IWorkGrain>(workId).Get() is not { } work) continue;
            var workLabel = new PathStep(NodeKind.Work, workId).ToString();
            works.Add(new WorkReceipts(work, [.. inclusions.Select(i =>
                new Receipt(i, earned.GetValueOrDefault((workLabel, new PathStep(NodeKind.Model, i.ModelId).ToString()))))]));
        }

        Works = works;
    }
}
