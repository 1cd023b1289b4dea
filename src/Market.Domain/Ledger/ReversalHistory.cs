namespace Market.Domain.Ledger;

/// <summary>
/// What has been reversed of one transaction, net: a reversal that was itself reversed gives back
/// what it took. Refund and correction builders read it to stay within the original; the invariant
/// check reads <see cref="Problems"/> to find reversals that do not.
/// </summary>
public sealed partial class ReversalHistory
{
    private readonly ILookup<Guid, LedgerTransaction> _byTarget;
    private readonly Dictionary<Guid, long[]> _netReversed = [];
    private readonly HashSet<Guid> _inProgress = [];

    private ReversalHistory(LedgerTransaction original, IEnumerable<LedgerTransaction> related)
    {
        Original = original;
        _byTarget = related.Where(t => t.Reverses is not null).DistinctBy(t => t.Id).ToLookup(t => t.Reverses!.Value);
        Direct = [.. _byTarget[original.Id].OrderBy(r => r.ReversalNumber).ThenBy(r => r.OccurredAt)];
    }

    /// <summary>The transaction whose reversals these are.</summary>
    public LedgerTransaction Original { get; }

    /// <summary>The reversals that name the original, in reversal-number order.</summary>
    public IReadOnlyList<LedgerTransaction> Direct { get; }

    /// <summary>The number the next reversal of the original takes.</summary>
    public int NextReversalNumber => Direct.Count == 0 ? 1 : Direct.Max(r => r.ReversalNumber ?? 0) + 1;

    /// <summary>True when nothing of the original is reversed, net.</summary>
    public bool IsUntouched => NetReversed(Original).All(m => m == 0);

    /// <summary>True when a correction in effect reverses the original.</summary>
    public bool IsCorrected => Direct.Any(r => r.Kind == LedgerTransactionKind.Reversal && IsInEffect(r));

    /// <summary>Minor units refunded of the original sale by refunds in effect.</summary>
    public long RefundedMinor => Direct.Where(r => r.Kind == LedgerTransactionKind.Refund && IsInEffect(r)).Sum(r => r.RefundMinor ?? 0);

    /// <summary>
    /// Builds the history of <paramref name="original"/> from <paramref name="related"/>: every
    /// transaction that reverses it, directly or by reversing one of its reversals. Others are ignored.
    /// </summary>
    public static ReversalHistory Of(LedgerTransaction original, IEnumerable<LedgerTransaction> related) => new(original, related);

    /// <summary>Micros of posting <paramref name="index"/> of the original reversed, net.</summary>
    public long ReversedMicros(int index) => NetReversed(Original)[index];

    /// <summary>Micros of posting <paramref name="index"/> of the original still to reverse.</summary>
    public long RemainingMicros(int index) => Original.Postings[index].Magnitude - ReversedMicros(index);

    /// <summary>False when a reversal has itself been wholly reversed.</summary>
    public bool IsInEffect(LedgerTransaction reversal)
    {
        var net = NetReversed(reversal);
        return reversal.Postings.Select((p, i) => p.Magnitude - net[i]).Any(m => m > 0);
    }

    // Per posting of the transaction: Σ over its reversals of what each still takes (its own
    // magnitude less what was reversed of it in turn). A cycle, only possible in corrupted data,
    // counts as nothing rather than recursing forever.
    private long[] NetReversed(LedgerTransaction transaction)
    {
        if (_netReversed.TryGetValue(transaction.Id, out var cached))
        {
            return cached;
        }

        var net = new long[transaction.Postings.Count];
        if (!_inProgress.Add(transaction.Id))
        {
            return net;
        }

        foreach (var reversal in _byTarget[transaction.Id])
        {
            var itsOwn = NetReversed(reversal);
            for (var j = 0; j < reversal.Postings.Count; j++)
            {
                if (reversal.Postings[j].Reverses is { } i && i >= 0 && i < net.Length)
                {
                    net[i] += reversal.Postings[j].Magnitude - itsOwn[j];
                }
            }
        }

        _inProgress.Remove(transaction.Id);
        _netReversed[transaction.Id] = net;
        return net;
    }
}
