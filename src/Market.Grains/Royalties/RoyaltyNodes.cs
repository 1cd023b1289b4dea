using Market.Contracts.Works;
using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Grains.Royalties;

/// <summary>Turns stored works into royalty-graph nodes.</summary>
public static class RoyaltyNodes
{
    /// <summary>The node of <paramref name="view"/>.</summary>
    public static Work From(WorkView view)
    {
        var parents = view.Parents.Select(p => new ParentEdge(new WorkId(p.Id), p.SharePpm)).ToList();
        if (view.Generation is { } made)
        {
            var attribution = made.Attribution.Count == 0
                ? Attribution.None
                : Attribution.FromWeights(made.Attribution.Select(a => new AttributedContribution(new WorkId(a.WorkId), a.WeightPpm)).ToList());
            return new GeneratedWork(new WorkId(view.Id), new ModelId(made.ModelId), new PartyId(made.CreatorId), attribution, parents);
        }

        var owners = view.Owners.Select(o => new OwnerShare(new PartyId(o.Id), o.SharePpm)).ToList();
        return new OriginalWork(new WorkId(view.Id), owners, parents);
    }
}
