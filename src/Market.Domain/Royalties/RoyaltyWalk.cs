using Market.Domain.Ids;
using Market.Domain.Money;

namespace Market.Domain.Royalties;

/// <summary>
/// Carries one amount through the graph (DESIGN 2), appending a part for every party and pool
/// floor it reaches, in canonical order. Every split is one <see cref="Apportion"/>, so the parts
/// always sum to what entered; zero amounts stop early and never become parts.
/// </summary>
internal sealed partial class RoyaltyWalk(IRoyaltyGraph graph)
{
    public List<RoyaltyPart> Parts { get; } = [];

    // A work's ancestors and its own primary split share one step, ancestors first (ids in
    // ordinal order), the primary split last with whatever the stack leaves.
    public void IntoWork(WorkId id, long amount, Route route)
    {
        if (amount == 0)
        {
            return;
        }

        var work = graph.GetWork(id);
        var here = route with { Path = route.Path.ThenWork(id) };
        if (work.Parents.Count == 0)
        {
            IntoPrimarySplit(work, amount, here);
            return;
        }

        var ancestry = Ancestry.Of(graph, id);
        var weights = new long[ancestry.Shares.Count + 1];
        for (var i = 0; i < ancestry.Shares.Count; i++)
        {
            weights[i] = ancestry.Shares[i].SharePpm;
        }

        weights[^1] = Ppm.Whole - ancestry.StackPpm;
        var parts = Apportion.Split(amount, weights);
        for (var i = 0; i < ancestry.Shares.Count; i++)
        {
            // Paid into the ancestor's primary split only: its own parents are already in the stack.
            var ancestor = ancestry.Shares[i].Ancestor;
            var path = here.Path.ThenWork(ancestor);
            IntoPrimarySplit(graph.GetWork(ancestor), parts[i], here with { Path = path, Entry = Entry.Ancestor });
        }

        IntoPrimarySplit(work, parts[^1], here);
    }

    private void IntoPrimarySplit(Work work, long amount, Route route)
    {
        if (amount == 0)
        {
            return;
        }

        switch (work)
        {
            case OriginalWork original:
                IntoOwners(original.Owners, amount, route);
                break;
            case GeneratedWork generated:
                IntoModelTerms(generated, amount, route);
                break;
            default:
                throw new InvalidOperationException($"Work '{work.Id}' is of an unknown kind ({work.GetType().Name}).");
        }
    }

    private void IntoOwners(IReadOnlyList<OwnerShare> owners, long amount, Route route)
    {
        var role = route.PrimaryRole(owners.Count == 1 ? RoyaltyRole.Owner : RoyaltyRole.Collaborator);
        if (owners.Count == 1)
        {
            Pay(owners[0].Party, role, route, amount);
            return;
        }

        var ordered = owners.OrderBy(o => o.Party, PartyId.Ordinal).ToArray();
        var parts = Apportion.Split(amount, ordered.Select(o => o.SharePpm).ToArray());
        for (var i = 0; i < ordered.Length; i++)
        {
            Pay(ordered[i].Party, role, route, parts[i]);
        }
    }

    private void Pay(PartyId party, RoyaltyRole role, Route route, long amount)
    {
        if (amount > 0)
        {
            Parts.Add(new RoyaltyPart(role, party, null, route.Path, amount, route.AttributionPpm));
        }
    }
}
