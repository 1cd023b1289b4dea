using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Domain.Catalog;
using Market.Web.Catalog;

namespace Market.Web.Works;

/// <summary>A work on which someone was named by another party, seen by one of the two.</summary>
/// <param name="Work">The work as it is now.</param>
/// <param name="Mine">The viewer's own role on it when they were named; null when they did the naming.</param>
/// <param name="NamerName">The display name of who named them.</param>
public sealed record NamedRoleRow(WorkView Work, NamedRoleView? Mine, string NamerName)
{
    /// <summary>The people who have not answered yet.</summary>
    public IReadOnlyList<NamedRoleView> Pending => [.. (Work.Named ?? []).Where(n => n.Answer == NamedRoles.Pending)];

    /// <summary>The people who declined.</summary>
    public IReadOnlyList<NamedRoleView> Declined => [.. (Work.Named ?? []).Where(n => n.Answer == NamedRoles.Declined)];
}

/// <summary>
/// The requests of people named on works by someone else (<see cref="NamedRoles"/>), for the API and the
/// dashboard: what awaits a party's answer, who has not yet answered the party, and the answer itself.
/// </summary>
public sealed class NamedRoleRequests(IGrainFactory grains, PublicPageOutputCache publicPages)
{
    /// <summary>
    /// Every work on which <paramref name="partyId"/> was named by someone else (<see cref="NamedRoleRow.Mine"/> set)
    /// or named others, newest first.
    /// </summary>
    public async Task<IReadOnlyList<NamedRoleRow>> ForAsync(string partyId)
    {
        var rows = new List<NamedRoleRow>();
        foreach (var workId in (await grains.GetGrain<IPartyGrain>(partyId).NamedWorks()).Reverse())
        {
            if (await grains.GetGrain<IWorkGrain>(workId).Get() is not { NamedBy: { } namedBy } work) continue;
            var namer = await grains.GetGrain<IPartyGrain>(namedBy).Get();
            rows.Add(new NamedRoleRow(work, work.Named?.FirstOrDefault(n => n.PartyId == partyId), namer?.DisplayName ?? namedBy));
        }

        return rows;
    }

    /// <summary>
    /// <paramref name="partyId"/> accepts or declines their own role on <paramref name="workId"/>; null when no work has that id.
    /// The storefront's cached pages are dropped when the work becomes for sale.
    /// </summary>
    public async Task<NamedRoleAnswer?> AnswerAsync(string workId, string partyId, bool accept, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IWorkGrain>(workId);
        if (await grain.Get() is not { } before) return null;
        var answer = await grain.AnswerRole(partyId, accept);
        if (answer.Work.IsForSale && !before.IsForSale) await publicPages.EvictAsync(cancellationToken);
        return answer;
    }
}
