using Market.Domain.Money;

namespace Market.Domain.Royalties;

/// <summary>
/// What a model version must satisfy (DESIGN 2): output terms summing to the whole, a base share
/// only with a base model, a pool at least the fair-pool floor, and a sealed, existing base.
/// </summary>
public static class ModelRules
{
    /// <summary>Checks that <paramref name="model"/> may be added to <paramref name="graph"/> under <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentException">The first rule the model breaks, named.</exception>
    public static void EnsureCanAdd(IRoyaltyGraph graph, ModelVersion model, RoyaltyPolicy policy)
    {
        if (graph.FindModel(model.Id) is not null)
        {
            throw new ArgumentException($"Model version '{model.Id}' already exists.", nameof(model));
        }

        EnsureTermsValid(model.Terms, model.BaseModel is not null, policy.FairPoolFloorPpm);
        Ppm.EnsureShare(model.InclusionFloorPpm, nameof(model.InclusionFloorPpm));
        if (model.BaseModel is { } baseId && graph.FindModel(baseId) is not { IsSealed: true })
        {
            throw new ArgumentException($"Model version '{model.Id}' names base model '{baseId}', which does not exist or is not sealed.", nameof(model));
        }
    }

    /// <summary>Checks output terms on their own.</summary>
    /// <exception cref="ArgumentException">The first rule the terms break, named.</exception>
    public static void EnsureTermsValid(OutputTerms terms, bool hasBaseModel, long fairPoolFloorPpm)
    {
        Ppm.EnsureShare(terms.CreatorPpm, nameof(terms.CreatorPpm));
        Ppm.EnsureShare(terms.OwnerPpm, nameof(terms.OwnerPpm));
        Ppm.EnsureShare(terms.PoolPpm, nameof(terms.PoolPpm));
        Ppm.EnsureShare(terms.BasePpm, nameof(terms.BasePpm));
        var sum = terms.CreatorPpm + terms.OwnerPpm + terms.PoolPpm + terms.BasePpm;
        if (sum != Ppm.Whole)
        {
            throw new ArgumentException($"The output terms sum to {sum} ppm, not 1,000,000.", nameof(terms));
        }

        if (!hasBaseModel && terms.BasePpm != 0)
        {
            throw new ArgumentException($"basePpm is {terms.BasePpm}, but the model version has no base model.", nameof(terms));
        }

        if (terms.PoolPpm < fairPoolFloorPpm)
        {
            throw new ArgumentException($"poolPpm is {terms.PoolPpm}, below the fair-pool floor of {fairPoolFloorPpm} ppm.", nameof(terms));
        }
    }
}
