using CsCheck;
using Market.Domain.Money;

namespace Market.Domain.Tests.Money;

/// <summary>
/// Weights summing to exactly 1,000,000 (attributions, output terms, ancestries) take their own
/// quicker path; it must give what the exact quotas and a full sort of the remainders give.
/// </summary>
public sealed class ApportionOfPpmWeightsMatchesAFullSort
{
    // Cut points in the whole: the gaps between them are weights that sum to 1,000,000.
    private static readonly Gen<long[]> PpmWeights = Gen.Long[0, Ppm.Whole].Array[0, 10_000]
        .Select(cuts => cuts.Order().Append(Ppm.Whole).Prepend(0L).ToArray())
        .Select(points => points.Zip(points.Skip(1), (a, b) => b - a).ToArray());

    [Fact]
    public void Ppm_weights_split_as_the_quotas_and_remainders_say()
    {
        Gen.Select(ApportionGen.Total, PpmWeights).Sample((total, weights) =>
        {
            weights.Sum().ShouldBe(Ppm.Whole);
            var quotas = ApportionGen.Quotas(total, weights);
            var expected = quotas.Select(q => (long)q.Floor).ToArray();
            var leftover = total - expected.Sum();
            var byRemainder = Enumerable.Range(0, weights.Length).OrderByDescending(i => quotas[i].Remainder).ThenBy(i => i);
            foreach (var i in byRemainder.Take((int)leftover))
            {
                expected[i]++;
            }

            Apportion.Split(total, weights).ShouldBe(expected);
        }, iter: 300);
    }
}
