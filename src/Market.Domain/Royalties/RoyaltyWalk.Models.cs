using Market.Domain.Ids;
using Market.Domain.Money;

namespace Market.Domain.Royalties;

internal sealed partial class RoyaltyWalk
{
    // Canonical role order: creator, model owner, pool, base model.
    private void IntoModelTerms(GeneratedWork work, long amount, Route route)
    {
        var model = graph.GetModel(work.Model);
        var terms = model.Terms;
        var parts = Apportion.Split(amount, [terms.CreatorPpm, terms.OwnerPpm, terms.PoolPpm, terms.BasePpm]);
        Pay(work.Creator, route.PrimaryRole(RoyaltyRole.Creator), route, parts[0]);
        var atModel = route with { Path = route.Path.ThenModel(model.Id) };
        Pay(model.Owner, RoyaltyRole.ModelOwner, atModel, parts[1]);
        IntoPool(model, parts[2], work.Attribution, atModel);
        IntoBaseModel(model.BaseModel, parts[3], atModel);
    }

    // A base model has no creator of its own: [owner, pool, base] of its terms, and its pool goes
    // wholly by inclusion weight because the piece's attribution names the fine-tune's contributions.
    private void IntoBaseModel(ModelId? baseId, long amount, Route route)
    {
        if (amount == 0 || baseId is not { } id)
        {
            return;
        }

        var model = graph.GetModel(id);
        var terms = model.Terms;
        var parts = Apportion.Split(amount, [terms.OwnerPpm, terms.PoolPpm, terms.BasePpm]);
        var atModel = route with { Path = route.Path.ThenModel(id) };
        Pay(model.Owner, RoyaltyRole.ModelOwner, atModel, parts[0]);
        IntoPool(model, parts[1], Attribution.None, atModel);
        IntoBaseModel(model.BaseModel, parts[2], atModel);
    }

    // Everything that goes by inclusion weight — the floor, and the rest too when there is no
    // attribution — is one pool-floor part, settled to the contributions in batch (PoolSettlement).
    private void IntoPool(ModelVersion model, long amount, Attribution attribution, Route route)
    {
        if (amount == 0)
        {
            return;
        }

        var atPool = route with { Path = route.Path.ThenPool(model.Id) };
        if (attribution.IsEmpty)
        {
            PayFloor(model.Id, atPool, amount);
            return;
        }

        var halves = Apportion.Split(amount, [model.InclusionFloorPpm, Ppm.Whole - model.InclusionFloorPpm]);
        PayFloor(model.Id, atPool, halves[0]);
        IntoAttribution(attribution, halves[1], atPool);
    }

    private void IntoAttribution(Attribution attribution, long amount, Route route)
    {
        if (amount == 0)
        {
            return;
        }

        var entries = attribution.Entries;
        var parts = Apportion.Split(amount, attribution.Weights);

        // Up to 10,000 parts arrive here at once: grow the list once, not by doubling.
        Parts.EnsureCapacity(Parts.Count + parts.Length + 1);
        for (var i = 0; i < parts.Length; i++)
        {
            // Money reaching a contribution goes to that work's node: its ancestors, its own model.
            var contribution = new Route(route.Path, Entry.Contribution, entries[i].WeightPpm);
            IntoWork(entries[i].Contribution, parts[i], contribution);
        }
    }

    private void PayFloor(ModelId pool, Route route, long amount)
    {
        if (amount > 0)
        {
            Parts.Add(new RoyaltyPart(RoyaltyRole.PoolFloor, null, pool, route.Path, amount, route.AttributionPpm));
        }
    }
}
