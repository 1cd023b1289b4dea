using CsCheck;
using Xunit.Abstractions;

namespace Market.Store.Tests.Ledger.ModelBased;

/// <summary>
/// The acceptance test of the ledger: random sequences of sales, group commits, partial and full
/// refunds, refused over-refunds and stale refunds, pool settlements, holds maturing and replays under
/// the same key, run against the real Marten ledger and the reference model. On failure CsCheck
/// prints the seed (rerun with <c>CsCheck_Seed</c>) and the shrunk sequence; the exception lists the
/// steps as they resolved.
/// </summary>
public sealed class RandomCommandSequencesKeepTheLedgerEqualToItsModel(LedgerFixture fixture, ITestOutputHelper output) : IClassFixture<LedgerFixture>
{
    [Fact]
    public async Task After_every_step_the_balances_equal_the_model_and_the_invariant_check_finds_nothing()
    {
        var kinds = new Dictionary<string, int>();
        var (sequences, steps) = (0, 0);

        await LedgerCommands.Sequence.SampleAsync(async (graph, commands) =>
        {
            await LedgerReset.EmptyAsync(fixture.Store, fixture.ConnectionString);
            var driver = new LedgerDriver(fixture.Ledger, fixture.Invariants, SequenceGraph.Build(graph));
            await driver.RunAsync(commands);
            (sequences, steps) = (sequences + 1, steps + commands.Length);
            foreach (var (kind, count) in driver.Kinds)
            {
                kinds[kind] = kinds.GetValueOrDefault(kind) + count;
            }
        }, iter: 20, threads: 1, print: LedgerCommands.Print);

        output.WriteLine($"{sequences} sequences, {steps} steps: {string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}");
        sequences.ShouldBe(20);
    }
}
