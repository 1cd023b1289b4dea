using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>Where the money a part carries started: a sale (commission first), an amount carried into a work, or a pool's settlement.</summary>
internal enum Origin
{
    Sale,
    Distribution,
    Settlement,
}

/// <summary>
/// How many <c>Apportion</c> calls the walk made on the way to a part, read off its path and the
/// graph: the commission (sale), the settlement split (settlement), at each work entered whole its
/// ancestry split when it has parents, at each primary split the split sheet (two or more owners)
/// or the output terms, one [owner, pool, base] split per base model, and for a pool with
/// attribution the floor/attribution split and the attribution split itself.
/// </summary>
internal static class ApportionSteps
{
    public static int On(IRoyaltyGraph graph, RoyaltyRole role, RoyaltyPath path, Origin origin)
    {
        if (role == RoyaltyRole.Platform)
        {
            return 1;
        }

        var steps = path.Steps;
        var (count, i) = origin switch
        {
            Origin.Sale => (1, 0),
            Origin.Distribution => (0, 0),
            _ => (1, 1),
        };
        while (true)
        {
            // steps[i] is a work the money entered whole: the one sold, or a contribution.
            count += WorkAt(graph, steps, i).Parents.Count > 0 ? 1 : 0;
            if (i + 1 < steps.Count && steps[i + 1].Kind == NodeKind.Work)
            {
                i++; // on into an ancestor's primary split, never further up
            }

            var work = WorkAt(graph, steps, i);
            if (i == steps.Count - 1)
            {
                return count + (work is GeneratedWork || work is OriginalWork { Owners.Count: > 1 } ? 1 : 0);
            }

            count++; // the output terms: on to the model
            i++;
            var attribution = ((GeneratedWork)work).Attribution;
            for (; i + 1 < steps.Count && steps[i + 1].Kind == NodeKind.Model; i++)
            {
                count++; // a base model's [owner, pool, base]; its pool goes wholly by inclusion weight
                attribution = Attribution.None;
            }

            if (i == steps.Count - 1 || attribution.IsEmpty)
            {
                return count; // the model owner, or a pool's floor that no split divides
            }

            i++;
            count++; // floor and attribution halves
            if (i == steps.Count - 1)
            {
                return count;
            }

            count++; // the attribution split, into a contribution's node
            i++;
        }
    }

    private static Work WorkAt(IRoyaltyGraph graph, IReadOnlyList<PathStep> steps, int i) => graph.GetWork(new WorkId(steps[i].Id));
}
