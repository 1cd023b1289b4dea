using CsCheck;
using Market.Domain.Royalties;

namespace Market.Domain.Tests.Royalties;

/// <summary>
/// The recipe meets large pools only now and then; these properties meet one every time: a few
/// ordinary steps, then a bulk pool of 1,000 to 10,000 members (a third of them exactly 10,000)
/// and a piece made with it whose attribution names every member.
/// </summary>
public sealed class BulkPoolsOfUpToTenThousandMembersAllocateExactly
{
    // C ≡ 3 (mod 4) chooses dense attribution (see RandomGraph.AddGeneratedOn).
    private static readonly Gen<GraphStep[]> Recipe = Gen.Select(
            RandomGraph.Step.Where(s => s.Kind != StepKind.BulkPool).Array[0, 8], RandomGraph.LargePoolSize, Gen.Int[0, 1_000_000], Gen.Int[0, 250_000])
        .Select((steps, size, b, c) => (GraphStep[])[.. steps, new GraphStep(StepKind.BulkPool, size, b, (4 * c) + 3)]);

    private static readonly Gen<long> Micros = Gen.OneOf(Gen.Long[0, 100_000], Gen.Long[0, 1_000_000_000_000]);

    [Fact]
    public void Settling_the_pool_pays_out_exactly_what_it_holds_the_same_every_time()
    {
        Gen.Select(Recipe, Micros).Sample((steps, amount) =>
        {
            var (first, second) = (RandomGraph.Build(steps), RandomGraph.Build(steps));
            var pool = first.Models[^1];
            first.Graph.ContributionsOf(pool).Count.ShouldBeGreaterThanOrEqualTo(1_000);

            var parts = new RoyaltyAllocator(first.Graph, first.Graph.Policy).SettlePool(pool, amount);
            parts.Sum(p => p.AmountMicros).ShouldBe(amount);
            parts.ShouldAllBe(p => p.AmountMicros > 0);
            parts.ShouldBe(new RoyaltyAllocator(second.Graph, second.Graph.Policy).SettlePool(pool, amount));
        }, iter: 10);
    }

    [Fact]
    public void Selling_a_piece_attributed_to_every_member_splits_its_net_exactly_the_same_every_time()
    {
        Gen.Select(Recipe, Gen.Long[0, 5_000_000], Gen.Long[0, 5_000_000]).Sample((steps, a, b) =>
        {
            var (first, second) = (RandomGraph.Build(steps), RandomGraph.Build(steps));
            var piece = (GeneratedWork)first.Graph.GetWork(first.Works[^1]);
            piece.Attribution.Entries.Count.ShouldBe(first.Graph.ContributionsOf(piece.Model).Count);

            var (price, fee) = (Math.Max(a, b), Math.Min(a, b));
            var split = new RoyaltyAllocator(first.Graph, first.Graph.Policy).AllocateSale(piece.Id, price, fee);
            split.Parts.Sum(p => p.AmountMicros).ShouldBe(split.NetMicros);
            split.Parts.ShouldAllBe(p => p.AmountMicros > 0);
            split.Parts.ShouldBe(new RoyaltyAllocator(second.Graph, second.Graph.Policy).AllocateSale(piece.Id, price, fee).Parts);
        }, iter: 10);
    }
}
