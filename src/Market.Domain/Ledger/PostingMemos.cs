namespace Market.Domain.Ledger;

/// <summary>The memos the builders write, so statements and reconciliation can group lines by them.</summary>
public static class PostingMemos
{
    /// <summary>The buyer's charge landing in the Stripe balance (gross).</summary>
    public const string Charge = "charge";

    /// <summary>Stripe's fee on the charge, taken out of the balance.</summary>
    public const string StripeFee = "stripe fee";

    /// <summary>A part of a sale's net.</summary>
    public const string SalePart = "sale part";

    /// <summary>Money returned to the buyer.</summary>
    public const string Refund = "refund";

    /// <summary>A part reversed by a refund.</summary>
    public const string RefundedPart = "refunded part";

    /// <summary>The share of a refund Stripe keeps as its fee, borne by the platform.</summary>
    public const string FeeKept = "fee kept by stripe";

    /// <summary>A pool floor paid out to its contributions.</summary>
    public const string PoolSettled = "pool settled";

    /// <summary>A part of a pool settlement.</summary>
    public const string SettlementPart = "settlement part";

    /// <summary>Earnings leaving the hold window.</summary>
    public const string HoldMatured = "hold matured";
}
