using CsCheck;

namespace Market.Store.Tests.Ledger.ModelBased;

/// <summary>Generators of command sequences: a graph recipe, a first sale, then a mix of every command.</summary>
internal static class LedgerCommands
{
    private static readonly Gen<int> Number = Gen.Int[0, int.MaxValue];

    // Mostly ordinary prices, some so small the card fee eats them, some large; and multiples of 160
    // minor units, where N·r/P lands exactly on a half (2·10⁴·fee·r/P odd) and rounding half up shows.
    private static readonly Gen<long> Price = Gen.Frequency(
        (2, Gen.Long[1, 100]), (5, Gen.Long[100, 20_000]), (2, Gen.Long[20_000, 5_000_000]), (2, Gen.Long[1, 125].Select(k => k * 160)));

    private static readonly Gen<LedgerCommand> SellOne =
        Gen.Select(Number, Price, Gen.Frequency((5, Gen.Const(FeeKind.Sandbox)), (2, Gen.Const(FeeKind.None)), (2, Gen.Const(FeeKind.Any)), (1, Gen.Const(FeeKind.Whole))), Number)
            .Select(LedgerCommand (work, price, fee, n) => new SellOne(work, price, fee, n));

    private static readonly Gen<LedgerCommand> SellOrder =
        Gen.Select(Gen.Select(Number, Price, (w, p) => new OrderLine(w, p)).Array[2, 6], Gen.Bool, Gen.Bool, Number)
            .Select(LedgerCommand (lines, replay, repeat, pick) => new SellOrder(lines, replay, repeat, pick));

    private static readonly Gen<LedgerCommand> Command = Gen.Frequency(
        (5, SellOne),
        (2, SellOrder),
        (3, Gen.Select(Number, Gen.Int[0, 600], Gen.Bool).Select(LedgerCommand (pick, later, batch) => new Replay(pick, later, batch))),
        (5, Gen.Select(Number, Gen.Frequency((2, Gen.Const(RefundSize.Rest)), (5, Gen.Const(RefundSize.Part)), (1, Gen.Const(RefundSize.OneMinor))), Number)
            .Select(LedgerCommand (pick, size, n) => new Refund(pick, size, n))),
        (1, Gen.Select(Number, Gen.Int[0, 1_000]).Select(LedgerCommand (pick, excess) => new OverRefund(pick, excess))),
        (1, Gen.Select(Number, Number).Select(LedgerCommand (pick, n) => new StaleRefund(pick, n))),
        (2, Number.Select(LedgerCommand (pool) => new SettlePool(pool))),
        (2, Gen.Select(Number, Gen.Frequency((1, Gen.Const(long.MaxValue)), (3, Gen.Long[1, 20_000_000])))
            .Select(LedgerCommand (party, micros) => new MatureHolds(party, micros))));

    /// <summary>The numbers of a <see cref="SequenceGraph"/> and 15 to 35 commands, the first a sale so there is something to act on.</summary>
    public static readonly Gen<(int[] Graph, LedgerCommand[] Commands)> Sequence =
        Gen.Select(Number.Array[24], SellOne, Command.Array[14, 34])
            .Select((graph, first, rest) => (graph, (LedgerCommand[])[first, .. rest]));

    /// <summary>A sequence as CsCheck prints it on failure: the graph's numbers, then one command a line.</summary>
    public static string Print((int[] Graph, LedgerCommand[] Commands) sequence) =>
        $"graph [{string.Join(", ", sequence.Graph)}]{Environment.NewLine}"
        + string.Join(Environment.NewLine, sequence.Commands.Select((c, i) => $"  {i}: {c}"));
}
