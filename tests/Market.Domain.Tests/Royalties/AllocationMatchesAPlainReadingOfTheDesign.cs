using System.Numerics;
using CsCheck;
using Market.Domain.Ids;
using Market.Domain.Money;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// The allocator is tuned for 10,000-entry attributions (DESIGN 6); these hold every part it gives
/// — role, party, pool, path, amount, attribution weight, and their order — to <see cref="PlainAllocation"/>.
/// </summary>
public sealed class AllocationMatchesAPlainReadingOfTheDesign
{
    private static readonly Gen<(GraphStep[] Steps, int Pick, long A, long B)> Sale =
        Gen.Select(RandomGraph.Recipe, Gen.Int[0, 1_000_000], Gen.Long[0, 5_000_000], Gen.Long[0, 5_000_000]);

    // A few ordinary steps, then a pool of 1,000 to 10,000 members and a piece attributed to all of them.
    private static readonly Gen<GraphStep[]> LargePool = Gen.Select(
            RandomGraph.Step.Where(s => s.Kind != StepKind.BulkPool).Array[0, 8], RandomGraph.LargePoolSize, Gen.Int[0, 1_000_000], Gen.Int[0, 250_000])
        .Select((steps, size, b, c) => (GraphStep[])[.. steps, new GraphStep(StepKind.BulkPool, size, b, (4 * c) + 3)]);

    [Fact]
    public void Every_sale_of_every_kind_of_graph_gives_the_plain_parts_in_the_plain_order()
    {
        Sale.Sample((steps, pick, a, b) =>
        {
            var built = RandomGraph.Build(steps);
            ShouldMatchPlainSale(built.Graph, built.Works[pick % built.Works.Count], Math.Max(a, b), Math.Min(a, b));
        }, iter: 300);
    }

    [Fact]
    public void Selling_a_piece_attributed_to_thousands_of_members_gives_the_plain_parts()
    {
        Gen.Select(LargePool, Gen.Long[0, 5_000_000], Gen.Long[0, 5_000_000]).Sample((steps, a, b) =>
        {
            var built = RandomGraph.Build(steps);
            var piece = (GeneratedWork)built.Graph.GetWork(built.Works[^1]);
            piece.Attribution.Entries.Count.ShouldBeGreaterThanOrEqualTo(1_000);
            ShouldMatchPlainSale(built.Graph, piece.Id, Math.Max(a, b), Math.Min(a, b));
        }, iter: 6);
    }

    [Fact]
    public void Settling_every_pool_gives_the_plain_parts()
    {
        Gen.Select(RandomGraph.Recipe, Gen.OneOf(Gen.Long[0, 100_000], Gen.Long[0, 1_000_000_000_000])).Sample((steps, amount) =>
        {
            var built = RandomGraph.Build(steps);
            var allocator = new RoyaltyAllocator(built.Graph, built.Graph.Policy);
            foreach (var model in built.Models)
            {
                allocator.SettlePool(model, amount).Select(PlainAllocation.Of)
                    .ShouldBe(new PlainAllocation(built.Graph).Settle(model, amount));
            }
        }, iter: 150);
    }

    [Fact]
    public void Scores_become_the_weights_of_a_plain_exact_split_whatever_order_they_arrive_in()
    {
        var score = Gen.OneOf(Gen.Int[0, 1_000_000].Select(n => n / 1_000_000m), Gen.Decimal[0m, 1_000_000m], Gen.Decimal[0m, 0.001m]);
        var scores = Gen.Select(score.Array[1, 300], Gen.Int).Where(s => s.Item1.Any(x => x > 0m));
        scores.Sample((values, seed) =>
        {
            var ids = Enumerable.Range(0, values.Length).Select(i => new WorkId($"w{i:D5}")).ToArray();
            new Random(seed).Shuffle(ids);
            var sent = values.Select((v, i) => new AttributionScore(ids[i], v)).ToArray();

            var attribution = Attribution.FromScores(sent, _ => true);

            var plain = sent.OrderBy(s => s.Contribution.Value, StringComparer.Ordinal).ToArray();
            var weights = PlainAllocation.Apportion(Ppm.Whole, [.. plain.Select(s => Exact(s.Score))]);
            attribution.Entries.ShouldBe(plain.Select((s, i) => new AttributedContribution(s.Contribution, weights[i])));
        }, iter: 400);
    }

    private static void ShouldMatchPlainSale(InMemoryRoyaltyGraph graph, WorkId asset, long price, long fee)
    {
        var split = new RoyaltyAllocator(graph, graph.Policy).AllocateSale(asset, price, fee);
        var plain = new PlainAllocation(graph).Sale(asset, price, fee, graph.Policy.PlatformPpm);
        split.Parts.Select(PlainAllocation.Of).ShouldBe(plain);
        split.Parts.Sum(p => p.AmountMicros).ShouldBe(split.NetMicros);
    }

    // A decimal as an integer over 10^28: the same ratios, with nothing rounded.
    private static BigInteger Exact(decimal value)
    {
        var bits = decimal.GetBits(value);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return mantissa * BigInteger.Pow(10, 28 - ((bits[3] >> 16) & 0xFF));
    }
}
