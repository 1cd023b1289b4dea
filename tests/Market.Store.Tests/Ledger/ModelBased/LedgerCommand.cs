namespace Market.Store.Tests.Ledger.ModelBased;

/// <summary>
/// One generated money command. Its numbers are resolved against the state when it runs (which
/// sale, how much is left), so any sequence is meaningful and shrinking keeps it so.
/// </summary>
internal abstract record LedgerCommand;

/// <summary>Which fee a sold line bears.</summary>
internal enum FeeKind
{
    /// <summary>The sandbox card fee, capped at the price.</summary>
    Sandbox,

    /// <summary>No fee.</summary>
    None,

    /// <summary>Any fee from nothing to the whole price.</summary>
    Any,

    /// <summary>The whole price: the net is zero and every part is empty.</summary>
    Whole,
}

/// <summary>How much of what is left of a line a refund returns.</summary>
internal enum RefundSize
{
    /// <summary>Everything left: the last refund of the line.</summary>
    Rest,

    /// <summary>From one minor unit to everything left.</summary>
    Part,

    /// <summary>One minor unit.</summary>
    OneMinor,
}

/// <summary>Sells one work in an order of one line.</summary>
internal sealed record SellOne(int Work, long PriceMinor, FeeKind Fee, int FeeNumber) : LedgerCommand;

/// <summary>One line of <see cref="SellOrder"/>.</summary>
internal sealed record OrderLine(int Work, long PriceMinor);

/// <summary>
/// Sells an order of several lines in one group commit (<c>PostManyAsync</c>), the card fee spread over
/// the lines; with <paramref name="WithReplay"/> an earlier transaction rides along, with
/// <paramref name="WithRepeat"/> one of the new lines is sent twice.
/// </summary>
internal sealed record SellOrder(OrderLine[] Lines, bool WithReplay, bool WithRepeat, int Pick) : LedgerCommand
{
    /// <inheritdoc />
    public override string ToString() =>
        $"SellOrder {{ Lines = [{string.Join(", ", Lines.Select(l => $"{l.Work}@{l.PriceMinor}"))}], WithReplay = {WithReplay}, WithRepeat = {WithRepeat}, Pick = {Pick} }}";
}

/// <summary>Posts an earlier transaction again under its key, later; alone or as a batch of one.</summary>
internal sealed record Replay(int Pick, int LaterMinutes, bool AsBatch) : LedgerCommand;

/// <summary>Refunds some of a line that still has something left.</summary>
internal sealed record Refund(int Pick, RefundSize Size, int Number) : LedgerCommand;

/// <summary>Asks to refund more than is left of a line: the domain must refuse.</summary>
internal sealed record OverRefund(int Pick, int Excess) : LedgerCommand;

/// <summary>Builds a refund from the line's history without its latest refund: the store must refuse it.</summary>
internal sealed record StaleRefund(int Pick, int Number) : LedgerCommand;

/// <summary>Settles whatever a pool's floor has accumulated.</summary>
internal sealed record SettlePool(int Pool) : LedgerCommand;

/// <summary>Matures up to <paramref name="RequestedMicros"/> of a party's pending earnings.</summary>
internal sealed record MatureHolds(int Party, long RequestedMicros) : LedgerCommand;
