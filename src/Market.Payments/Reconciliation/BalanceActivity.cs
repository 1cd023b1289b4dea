namespace Market.Payments.Reconciliation;

/// <summary>The kinds of money movement a reconciliation compares, each the same in the ledger and at Stripe.</summary>
public static class BalanceKinds
{
    /// <summary>Buyers' charges, gross.</summary>
    public const string Charge = "charge";

    /// <summary>Stripe's fees on charges.</summary>
    public const string Fee = "fee";

    /// <summary>Money returned to buyers.</summary>
    public const string Refund = "refund";

    /// <summary>Money taken back by lost disputes, with their fees.</summary>
    public const string Dispute = "dispute";

    /// <summary>Transfers to connected accounts (payouts to parties).</summary>
    public const string Transfer = "transfer";

    /// <summary>Anything else (corrections, adjustments).</summary>
    public const string Other = "other";

    /// <summary>Every kind, in the order reports list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Charge, Fee, Refund, Dispute, Transfer, Other];
}

/// <summary>
/// What moved the platform's Stripe balance in a period, per kind, in signed minor units (what it
/// added to the balance). A kind the source cannot know is in <see cref="Unavailable"/> with the
/// reason, never reported as zero.
/// </summary>
/// <param name="Source">Where the figures came from, for the report.</param>
/// <param name="Minor">Signed minor units per kind; kinds with no movement may be absent (they moved zero).</param>
/// <param name="Unavailable">Kinds this source cannot report, each with why.</param>
public sealed record BalanceActivity(string Source, IReadOnlyDictionary<string, long> Minor, IReadOnlyDictionary<string, string> Unavailable);

/// <summary>Reads what moved the platform's Stripe balance: Stripe's balance transactions, or the sandbox's own records.</summary>
public interface IBalanceActivitySource
{
    /// <summary>The movements in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    /// <exception cref="PaymentException">Stripe could not be asked.</exception>
    Task<BalanceActivity> ForPeriodAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);
}
