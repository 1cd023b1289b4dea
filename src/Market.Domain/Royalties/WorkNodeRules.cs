using Market.Domain.Ids;
using Market.Domain.Money;

namespace Market.Domain.Royalties;

/// <summary>
/// What a work must satisfy to join the graph: a fresh id, a valid primary split, parents within
/// the stack cap, and for a generated piece a sealed model whose contributions its attribution names.
/// Referring only to nodes that already exist keeps the graph acyclic by construction.
/// </summary>
public static class WorkNodeRules
{
    /// <summary>Checks that <paramref name="work"/> may be added to <paramref name="graph"/> under <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentException">The first rule the work breaks, named.</exception>
    public static void EnsureCanAdd(IRoyaltyGraph graph, Work work, RoyaltyPolicy policy)
    {
        if (graph.FindWork(work.Id) is not null)
        {
            throw new ArgumentException($"Work '{work.Id}' already exists.", nameof(work));
        }

        switch (work)
        {
            case OriginalWork original:
                EnsureOwnersValid(original.Owners);
                break;
            case GeneratedWork generated:
                EnsureModelReady(graph, generated);
                break;
            default:
                throw new ArgumentException($"Work '{work.Id}' is of an unknown kind ({work.GetType().Name}).", nameof(work));
        }

        StackCap.EnsureEdgesFit(graph, work.Id, work.Parents, policy.StackCapPpm);
    }

    /// <summary>Checks a split sheet: at least one owner, distinct parties, shares of 1 to 1,000,000 summing to the whole.</summary>
    /// <exception cref="ArgumentException">The first bad entry, named.</exception>
    public static void EnsureOwnersValid(IReadOnlyList<OwnerShare> owners)
    {
        if (owners.Count == 0)
        {
            throw new ArgumentException("An original work needs at least one owner.", nameof(owners));
        }

        var parties = new HashSet<PartyId>();
        long sum = 0;
        for (var i = 0; i < owners.Count; i++)
        {
            var (party, share) = (owners[i].Party, owners[i].SharePpm);
            if (share is < 1 or > Ppm.Whole)
            {
                throw new ArgumentException($"Owner entry {i} (party '{party}') has share {share} ppm; it must be between 1 and 1,000,000.", nameof(owners));
            }

            if (!parties.Add(party))
            {
                throw new ArgumentException($"Owner entry {i} (party '{party}') repeats a party already on the split sheet.", nameof(owners));
            }

            sum += share;
        }

        if (sum != Ppm.Whole)
        {
            throw new ArgumentException($"The owners' shares sum to {sum} ppm, not 1,000,000.", nameof(owners));
        }
    }

    private static void EnsureModelReady(IRoyaltyGraph graph, GeneratedWork work)
    {
        var model = graph.FindModel(work.Model)
            ?? throw new ArgumentException($"Generated work '{work.Id}' names no known model version ('{work.Model}').", nameof(work));
        if (!model.IsSealed)
        {
            throw new ArgumentException($"Generated work '{work.Id}' names model version '{work.Model}', which is not sealed.", nameof(work));
        }

        var unknown = work.Attribution.Entries.FirstOrDefault(e => !graph.IsContribution(work.Model, e.Contribution));
        if (unknown is not null)
        {
            throw new ArgumentException($"Generated work '{work.Id}' attributes work '{unknown.Contribution}', which is not a contribution of '{work.Model}'.", nameof(work));
        }
    }
}
