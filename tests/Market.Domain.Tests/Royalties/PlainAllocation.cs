using System.Numerics;
using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// DESIGN 2 read as plainly as possible, to hold the optimised allocator to: BigInteger
/// arithmetic, a full sort for the leftover units, paths as lists of labels, no shared state.
/// Slow on purpose; it shares nothing with the allocator but the graph it reads.
/// </summary>
internal sealed class PlainAllocation(IRoyaltyGraph graph)
{
    /// <summary>A part as plain values, comparable with a <see cref="RoyaltyPart"/> through <see cref="Of"/>.</summary>
    public sealed record Part(RoyaltyRole Role, string? Party, string? Pool, string Path, long Amount, long? AttributionPpm);

    private readonly List<Part> _parts = [];

    public static Part Of(RoyaltyPart part) =>
        new(part.Role, part.Party?.Value, part.Pool?.Value, string.Join(" > ", part.Path.ToLabels()), part.AmountMicros, part.AttributionPpm);

    public static long[] Apportion(long total, IReadOnlyList<BigInteger> weights)
    {
        var sum = weights.Aggregate(BigInteger.Zero, (a, w) => a + w);
        var quotients = weights.Select(w => BigInteger.DivRem(total * w, sum)).ToArray();
        var parts = quotients.Select(q => (long)q.Quotient).ToArray();
        var leftover = total - parts.Sum();
        var byRemainder = Enumerable.Range(0, parts.Length).OrderByDescending(i => quotients[i].Remainder).ThenBy(i => i);
        foreach (var i in byRemainder.Take((int)leftover))
        {
            parts[i]++;
        }

        return parts;
    }

    public IReadOnlyList<Part> Sale(WorkId asset, long priceMinor, long feeMinor, long platformPpm)
    {
        var net = (priceMinor - feeMinor) * 10_000;
        var split = Apportion(net, [platformPpm, Ppm.Whole - platformPpm]);
        if (split[0] > 0)
        {
            _parts.Add(new Part(RoyaltyRole.Platform, null, null, $"work:{asset}", split[0], null));
        }

        IntoWork(asset, split[1], [], Entry.Sold, null);
        return _parts;
    }

    public IReadOnlyList<Part> Settle(ModelId model, long amount)
    {
        var members = graph.ContributionsOf(model).OrderBy(c => c.Work.Value, StringComparer.Ordinal).ToArray();
        var parts = Apportion(amount, [.. members.Select(c => (BigInteger)c.InclusionWeight)]);
        for (var i = 0; i < members.Length; i++)
        {
            IntoWork(members[i].Work, parts[i], [$"pool:{model}"], Entry.Contribution, null);
        }

        return _parts;
    }

    private enum Entry
    {
        Sold,
        Ancestor,
        Contribution,
    }

    private void IntoWork(WorkId id, long amount, string[] path, Entry entry, long? attribution)
    {
        if (amount == 0)
        {
            return;
        }

        var here = (string[])[.. path, $"work:{id}"];
        var shares = AncestorShares(id);
        var parts = Apportion(amount, [.. shares.Select(s => (BigInteger)s.Value), Ppm.Whole - shares.Sum(s => s.Value)]);
        for (var i = 0; i < shares.Count; i++)
        {
            Primary(graph.FindWork(shares[i].Key)!, parts[i], [.. here, $"work:{shares[i].Key}"], Entry.Ancestor, attribution);
        }

        Primary(graph.FindWork(id)!, parts[^1], here, entry, attribution);
    }

    // Every ancestor with the shares of all edges into it: collect the ancestry, then count each of its edges once.
    private List<KeyValuePair<WorkId, long>> AncestorShares(WorkId id)
    {
        var ancestry = new HashSet<WorkId> { id };
        for (var frontier = new List<WorkId> { id }; frontier.Count > 0;)
        {
            frontier = [.. frontier.SelectMany(w => graph.FindWork(w)!.Parents).Select(e => e.Parent).Where(ancestry.Add)];
        }

        return [.. ancestry.SelectMany(w => graph.FindWork(w)!.Parents)
            .GroupBy(e => e.Parent)
            .Select(g => KeyValuePair.Create(g.Key, g.Sum(e => e.SharePpm)))
            .OrderBy(s => s.Key.Value, StringComparer.Ordinal)];
    }

    private void Primary(Work work, long amount, string[] path, Entry entry, long? attribution)
    {
        if (amount == 0)
        {
            return;
        }

        if (work is OriginalWork original)
        {
            var owners = original.Owners.OrderBy(o => o.Party.Value, StringComparer.Ordinal).ToArray();
            var role = Role(entry, owners.Length == 1 ? RoyaltyRole.Owner : RoyaltyRole.Collaborator);
            var parts = Apportion(amount, [.. owners.Select(o => (BigInteger)o.SharePpm)]);
            for (var i = 0; i < owners.Length; i++)
            {
                Pay(role, owners[i].Party.Value, null, path, parts[i], attribution);
            }

            return;
        }

        var generated = (GeneratedWork)work;
        var model = graph.FindModel(generated.Model)!;
        var t = model.Terms;
        var split = Apportion(amount, [t.CreatorPpm, t.OwnerPpm, t.PoolPpm, t.BasePpm]);
        Pay(Role(entry, RoyaltyRole.Creator), generated.Creator.Value, null, path, split[0], attribution);
        ModelShares(model, [.. path, $"model:{model.Id}"], split[1], split[2], split[3], generated.Attribution, attribution);
    }

    // What reaches a model version: its owner, its pool (floor and attribution), its base model's lineage.
    private void ModelShares(ModelVersion model, string[] path, long owner, long pool, long baseShare, Attribution attribution, long? reached)
    {
        Pay(RoyaltyRole.ModelOwner, model.Owner.Value, null, path, owner, reached);
        if (pool > 0)
        {
            string[] atPool = [.. path, $"pool:{model.Id}"];
            var halves = attribution.IsEmpty ? [pool, 0] : Apportion(pool, [model.InclusionFloorPpm, Ppm.Whole - model.InclusionFloorPpm]);
            Pay(RoyaltyRole.PoolFloor, null, model.Id.Value, atPool, halves[0], reached);
            var byScore = halves[1] == 0 ? [] : Apportion(halves[1], [.. attribution.Entries.Select(e => (BigInteger)e.WeightPpm)]);
            for (var i = 0; i < byScore.Length; i++)
            {
                IntoWork(attribution.Entries[i].Contribution, byScore[i], atPool, Entry.Contribution, attribution.Entries[i].WeightPpm);
            }
        }

        if (baseShare > 0 && model.BaseModel is { } baseId)
        {
            var baseModel = graph.FindModel(baseId)!;
            var t = baseModel.Terms;
            var split = Apportion(baseShare, [t.OwnerPpm, t.PoolPpm, t.BasePpm]);
            ModelShares(baseModel, [.. path, $"model:{baseId}"], split[0], split[1], split[2], Attribution.None, reached);
        }
    }

    private static RoyaltyRole Role(Entry entry, RoyaltyRole whenSold) =>
        entry == Entry.Sold ? whenSold : entry == Entry.Ancestor ? RoyaltyRole.Ancestor : RoyaltyRole.Contributor;

    private void Pay(RoyaltyRole role, string? party, string? pool, string[] path, long amount, long? attribution)
    {
        if (amount > 0)
        {
            _parts.Add(new Part(role, party, pool, string.Join(" > ", path), amount, attribution));
        }
    }
}
