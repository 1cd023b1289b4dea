using Market.Domain.Ids;
using Market.Domain.Money;

namespace Market.Domain.Royalties;

/// <summary>
/// Allocates money through the royalty graph (DESIGN 2.2): a sale line's net, any amount entering
/// a work, and a pool's accumulated floor. Pure: the same graph and inputs give the same parts,
/// in the same order, on every machine.
/// </summary>
public sealed class RoyaltyAllocator(IRoyaltyGraph graph, RoyaltyPolicy policy)
{
    /// <summary>
    /// One order line: net N = price − fee, in micros; commission and distributable by
    /// Apportion(N, [platformPpm, 1,000,000 − platformPpm]); the distributable through the asset.
    /// </summary>
    /// <param name="asset">The work licensed.</param>
    /// <param name="priceMinor">The line's price, in minor units.</param>
    /// <param name="feeMinor">The payment fee this line bears (see <see cref="PaymentFees.AcrossLines"/>).</param>
    /// <param name="minorDigits">The settlement currency's minor digits.</param>
    /// <exception cref="ArgumentException">A negative price or fee, or a fee above the price.</exception>
    /// <exception cref="KeyNotFoundException">The asset, or a node it reaches, is missing from the graph.</exception>
    public SaleSplit AllocateSale(WorkId asset, long priceMinor, long feeMinor, int minorDigits = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(priceMinor);
        ArgumentOutOfRangeException.ThrowIfNegative(feeMinor);
        if (feeMinor > priceMinor)
        {
            throw new ArgumentException($"The fee ({feeMinor}) exceeds the line's price ({priceMinor}); the net would be negative.", nameof(feeMinor));
        }

        graph.GetWork(asset);
        var net = Micros.FromMinor(priceMinor - feeMinor, minorDigits);
        var split = Apportion.Split(net, [policy.PlatformPpm, Ppm.Whole - policy.PlatformPpm]);
        var walk = new RoyaltyWalk(graph);
        if (split[0] > 0)
        {
            walk.Parts.Add(new RoyaltyPart(RoyaltyRole.Platform, null, null, RoyaltyPath.Empty.ThenWork(asset), split[0]));
        }

        walk.IntoWork(asset, split[1], Route.Sold);
        return new SaleSplit(asset, priceMinor, feeMinor, net, split[0], walk.Parts);
    }

    /// <summary>Carries <paramref name="amountMicros"/> into <paramref name="work"/> as if it were the work sold.</summary>
    /// <exception cref="KeyNotFoundException">The work, or a node it reaches, is missing from the graph.</exception>
    public IReadOnlyList<RoyaltyPart> Distribute(WorkId work, long amountMicros)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountMicros);
        graph.GetWork(work);
        var walk = new RoyaltyWalk(graph);
        walk.IntoWork(work, amountMicros, Route.Sold);
        return walk.Parts;
    }

    /// <summary>
    /// Settles a pool's accumulated floor (DESIGN 2.2, step 4): Apportion over the contributions'
    /// inclusion weights in canonical order, each share into that contribution's node — so a
    /// contributed derivative pays its ancestors, and a contributed piece its own model (whose
    /// pool floor then gets a part of its own).
    /// </summary>
    /// <exception cref="InvalidOperationException">The model version is not sealed or has no contributions.</exception>
    public IReadOnlyList<RoyaltyPart> SettlePool(ModelId model, long amountMicros)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountMicros);
        if (!graph.GetModel(model).IsSealed)
        {
            throw new InvalidOperationException($"Model version '{model}' is not sealed; its pool cannot be settled.");
        }

        var contributions = InCanonicalOrder(graph.ContributionsOf(model));
        if (contributions.Count == 0)
        {
            throw new InvalidOperationException($"Model version '{model}' has no contributions to settle its pool to.");
        }

        var weights = new long[contributions.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = contributions[i].InclusionWeight;
        }

        var parts = Apportion.Split(amountMicros, weights);
        var walk = new RoyaltyWalk(graph);
        var atPool = new Route(RoyaltyPath.Empty.ThenPool(model), Entry.Contribution, null);
        for (var i = 0; i < parts.Length; i++)
        {
            walk.IntoWork(contributions[i].Work, parts[i], atPool);
        }

        return walk.Parts;
    }

    // Ties go to the earlier contribution, so the order must be canonical whatever the store gave.
    private static IReadOnlyList<Contribution> InCanonicalOrder(IReadOnlyList<Contribution> contributions)
    {
        for (var i = 1; i < contributions.Count; i++)
        {
            if (WorkId.Ordinal.Compare(contributions[i - 1].Work, contributions[i].Work) > 0)
            {
                return [.. contributions.OrderBy(c => c.Work, WorkId.Ordinal)];
            }
        }

        return contributions;
    }
}
