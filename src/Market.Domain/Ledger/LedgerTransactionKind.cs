namespace Market.Domain.Ledger;

/// <summary>What a ledger transaction records. Values are stored; never renumber them.</summary>
public enum LedgerTransactionKind
{
    /// <summary>An order line paid: gross, fee and the parts of its net.</summary>
    Sale = 1,

    /// <summary>Money returned to a buyer: a share of a sale's parts reversed.</summary>
    Refund = 2,

    /// <summary>A correction: the exact negation of an earlier transaction.</summary>
    Reversal = 3,

    /// <summary>A pool's accumulated floor paid to its contributions.</summary>
    PoolSettlement = 4,

    /// <summary>A party's earnings moved from pending to available.</summary>
    HoldsMatured = 5,

    /// <summary>A party's available earnings reserved for a payout (available → in payout).</summary>
    PayoutReserved = 6,

    /// <summary>A payout reservation given back after the transfer failed (in payout → available).</summary>
    PayoutReleased = 7,

    /// <summary>A payout transferred (in payout → paid; platform cash → connected accounts).</summary>
    PayoutPaid = 8,

    /// <summary>A party's available earnings set against what it owes after a refund of money already paid out (available → receivable).</summary>
    ReceivableNetted = 9,
}
