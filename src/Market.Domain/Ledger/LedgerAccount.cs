using Market.Domain.Ids;

namespace Market.Domain.Ledger;

/// <summary>
/// One ledger account: a kind and, for party and pool accounts, its owner's id. Its
/// <see cref="ToString"/> is the stored id: <c>platform:cash</c>, <c>party:{id}:pending</c>,
/// <c>pool:{model}:floor</c>.
/// </summary>
public readonly partial record struct LedgerAccount
{
    private LedgerAccount(LedgerAccountKind kind, string? owner) => (Kind, Owner) = (kind, owner);

    /// <summary>What the account holds.</summary>
    public LedgerAccountKind Kind { get; }

    /// <summary>The party or model version that owns it; null for platform accounts.</summary>
    public string? Owner { get; }

    /// <summary>The platform's Stripe balance.</summary>
    public static LedgerAccount PlatformCash { get; } = new(LedgerAccountKind.PlatformCash, null);

    /// <summary>Payment fees the platform bears.</summary>
    public static LedgerAccount PaymentFees { get; } = new(LedgerAccountKind.PaymentFees, null);

    /// <summary>The platform's commission.</summary>
    public static LedgerAccount PlatformRevenue { get; } = new(LedgerAccountKind.PlatformRevenue, null);

    /// <summary>The refunds and disputes reserve.</summary>
    public static LedgerAccount RefundsReserve { get; } = new(LedgerAccountKind.RefundsReserve, null);

    /// <summary>Money moved into connected accounts by transfers.</summary>
    public static LedgerAccount ConnectedAccounts { get; } = new(LedgerAccountKind.ConnectedAccounts, null);

    /// <summary>The party's earnings in their hold window.</summary>
    public static LedgerAccount Pending(PartyId party) => new(LedgerAccountKind.Pending, party.Value);

    /// <summary>The party's earnings ready to pay.</summary>
    public static LedgerAccount Available(PartyId party) => new(LedgerAccountKind.Available, party.Value);

    /// <summary>The party's earnings in a payout.</summary>
    public static LedgerAccount InPayout(PartyId party) => new(LedgerAccountKind.InPayout, party.Value);

    /// <summary>The party's earnings already paid.</summary>
    public static LedgerAccount Paid(PartyId party) => new(LedgerAccountKind.Paid, party.Value);

    /// <summary>What the party owes the platform.</summary>
    public static LedgerAccount Receivable(PartyId party) => new(LedgerAccountKind.Receivable, party.Value);

    /// <summary>The floor account of a model version's pool.</summary>
    public static LedgerAccount PoolFloor(ModelId pool) => new(LedgerAccountKind.PoolFloor, pool.Value);

    /// <summary>The five accounts of a party, in the order pending, available, in payout, paid, receivable.</summary>
    public static IReadOnlyList<LedgerAccount> OfParty(PartyId party) =>
        [Pending(party), Available(party), InPayout(party), Paid(party), Receivable(party)];

    /// <summary>The party that owns this account, if it is a party's.</summary>
    public PartyId? Party => Kind is >= LedgerAccountKind.Pending and <= LedgerAccountKind.Receivable ? new PartyId(Owner!) : null;

    /// <summary>
    /// True for assets and costs, whose balance grows with debits; false for what the platform owes
    /// or has earned, whose balance grows with credits.
    /// </summary>
    public bool IsDebitNormal => Kind is LedgerAccountKind.PlatformCash or LedgerAccountKind.PaymentFees
        or LedgerAccountKind.ConnectedAccounts or LedgerAccountKind.Receivable;

    /// <summary>Turns a signed sum of postings (debits positive) into this account's balance on its normal side.</summary>
    public long ToBalance(long signedMicros) => IsDebitNormal ? signedMicros : checked(-signedMicros);
}
