namespace Market.Domain.Ledger;

public readonly partial record struct LedgerAccount
{
    private static readonly (LedgerAccountKind Kind, string Name)[] PlatformNames =
    [
        (LedgerAccountKind.PlatformCash, "cash"),
        (LedgerAccountKind.PaymentFees, "payment-fees"),
        (LedgerAccountKind.PlatformRevenue, "revenue"),
        (LedgerAccountKind.RefundsReserve, "refunds-reserve"),
        (LedgerAccountKind.ConnectedAccounts, "connected-accounts"),
    ];

    private static readonly (LedgerAccountKind Kind, string Name)[] PartyBuckets =
    [
        (LedgerAccountKind.Pending, "pending"),
        (LedgerAccountKind.Available, "available"),
        (LedgerAccountKind.InPayout, "in-payout"),
        (LedgerAccountKind.Paid, "paid"),
        (LedgerAccountKind.Receivable, "receivable"),
    ];

    /// <summary>The stored id of the account.</summary>
    public override string ToString() => Kind switch
    {
        LedgerAccountKind.PoolFloor => $"pool:{Owner}:floor",
        _ when Owner is null => "platform:" + NameOf(PlatformNames, Kind),
        _ => $"party:{Owner}:{NameOf(PartyBuckets, Kind)}",
    };

    /// <summary>Reads an account back from its stored id.</summary>
    /// <exception cref="FormatException">The id names no account.</exception>
    public static LedgerAccount Parse(string id)
    {
        // Owners may contain colons, so the kind is read from the first and last segments only.
        var last = id.LastIndexOf(':');
        var first = id.IndexOf(':', StringComparison.Ordinal);
        if (id.StartsWith("platform:", StringComparison.Ordinal) && KindOf(PlatformNames, id[(first + 1)..]) is { } platform)
        {
            return new LedgerAccount(platform, null);
        }

        var owner = last > first + 1 ? id[(first + 1)..last] : null;
        var suffix = id[(last + 1)..];
        if (owner is not null && id.StartsWith("party:", StringComparison.Ordinal) && KindOf(PartyBuckets, suffix) is { } bucket)
        {
            return new LedgerAccount(bucket, owner);
        }

        return owner is not null && id.StartsWith("pool:", StringComparison.Ordinal) && suffix == "floor"
            ? new LedgerAccount(LedgerAccountKind.PoolFloor, owner)
            : throw new FormatException($"'{id}' is not a ledger account (platform:name, party:id:bucket or pool:id:floor).");
    }

    private static string NameOf((LedgerAccountKind Kind, string Name)[] names, LedgerAccountKind kind) =>
        Array.Find(names, n => n.Kind == kind).Name ?? throw new InvalidOperationException($"Account kind {kind} has no name.");

    private static LedgerAccountKind? KindOf((LedgerAccountKind Kind, string Name)[] names, string name) =>
        Array.FindIndex(names, n => n.Name == name) is var i and >= 0 ? names[i].Kind : null;
}
