namespace Market.Domain.Ledger;

/// <summary>
/// The accounts of the ledger (DESIGN 2.3). Platform accounts exist once; a party has one account
/// per payable bucket and a receivable; a pool has a floor account per model version.
/// </summary>
/// <remarks>Values are stored; never renumber them.</remarks>
public enum LedgerAccountKind
{
    /// <summary>The platform's Stripe balance (an asset, debit-normal).</summary>
    PlatformCash = 1,

    /// <summary>Payment fees the platform bears, such as the fee Stripe keeps on a refund (a cost, debit-normal).</summary>
    PaymentFees = 2,

    /// <summary>The platform's commission on sales (revenue, credit-normal).</summary>
    PlatformRevenue = 3,

    /// <summary>Money set aside for refunds and disputes (credit-normal).</summary>
    RefundsReserve = 4,

    /// <summary>
    /// Money Stripe transfers have moved into the parties' connected accounts (debit-normal). A paid
    /// payout moves the party's in-payout to paid and the platform's cash to here, so cash follows the
    /// Stripe balance while the party's paid bucket keeps its cumulative payouts.
    /// </summary>
    ConnectedAccounts = 5,

    /// <summary>A party's earnings within their hold window (credit-normal).</summary>
    Pending = 10,

    /// <summary>A party's earnings past the hold, ready for the next payout run (credit-normal).</summary>
    Available = 11,

    /// <summary>A party's earnings in a payout that has not completed (credit-normal).</summary>
    InPayout = 12,

    /// <summary>A party's earnings already transferred to them, cumulative (credit-normal).</summary>
    Paid = 13,

    /// <summary>What a party owes the platform after reversals outran their balance (an asset, debit-normal).</summary>
    Receivable = 14,

    /// <summary>A model version's pool floor, settled to its contributions in batch (credit-normal).</summary>
    PoolFloor = 20,
}
