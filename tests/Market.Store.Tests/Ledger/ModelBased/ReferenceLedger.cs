using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Royalties;

namespace Market.Store.Tests.Ledger.ModelBased;

/// <summary>
/// The reference model: a dictionary of signed sums (debits positive) per account, the keys posted,
/// and each sale's price, net, refunded amount and what each part still holds. It takes the
/// allocator's parts as given — the royalty walk is specified and tested on its own — but computes
/// every ledger effect itself from DESIGN 2.2–2.4, without the builders of
/// <see cref="LedgerTransactions"/>, <see cref="Refunds"/>, <see cref="ReversalHistory"/> or Apportion:
/// a second, plain derivation is what can disagree with the first.
/// </summary>
internal sealed partial class ReferenceLedger
{
    private const long MicrosPerMinor = 10_000;

    private readonly Dictionary<LedgerAccount, long> _sums = [];
    private readonly HashSet<string> _keys = [];
    private readonly Dictionary<string, ModelSale> _sales = [];
    private HashSet<LedgerAccount> _touched = [];

    /// <summary>Transactions posted: each key once.</summary>
    public int Transactions => _keys.Count;

    /// <summary>An account's balance on its normal side.</summary>
    public long BalanceOf(LedgerAccount account) => account.ToBalance(_sums.GetValueOrDefault(account));

    /// <summary>A party's five balances.</summary>
    public PartyBalances BalancesOf(PartyId party) => new(
        BalanceOf(LedgerAccount.Pending(party)), BalanceOf(LedgerAccount.Available(party)), BalanceOf(LedgerAccount.InPayout(party)),
        BalanceOf(LedgerAccount.Paid(party)), BalanceOf(LedgerAccount.Receivable(party)));

    /// <summary>
    /// A line sold: its gross into cash, the fee out of it, each part credited to the account its role
    /// names — commission to revenue, a pool floor to its floor, anyone else to their pending earnings.
    /// </summary>
    public IReadOnlySet<LedgerAccount> Sale(string key, SaleSplit split)
    {
        var net = (split.PriceMinor - split.FeeMinor) * MicrosPerMinor;
        Expect(split.NetMicros == net && split.Parts.Sum(p => p.AmountMicros) == net, $"the split of {key} does not add up to its net {net}");
        Begin(key);
        Post(LedgerAccount.PlatformCash, (split.PriceMinor - split.FeeMinor) * MicrosPerMinor);
        var parts = new List<ModelPart>();
        foreach (var part in split.Parts.Where(p => p.AmountMicros > 0))
        {
            Post(AccountOf(part), -part.AmountMicros);
            parts.Add(new ModelPart(AccountOf(part), part.AmountMicros));
        }

        _sales.Add(key, new ModelSale(split.PriceMinor, net, parts));
        return _touched;
    }

    /// <summary>A pool's floor paid out: the floor debited, each part credited as in a sale.</summary>
    public IReadOnlySet<LedgerAccount> Settlement(string key, ModelId pool, long floorMicros, IReadOnlyList<RoyaltyPart> parts)
    {
        Expect(parts.Sum(p => p.AmountMicros) == floorMicros, $"the settlement of {pool} does not add up to its floor {floorMicros}");
        Begin(key);
        Post(LedgerAccount.PoolFloor(pool), floorMicros);
        foreach (var part in parts.Where(p => p.AmountMicros > 0))
        {
            Post(AccountOf(part), -part.AmountMicros);
        }

        return _touched;
    }

    /// <summary>Holds matured: pending down, available up.</summary>
    public IReadOnlySet<LedgerAccount> HoldsMatured(string key, PartyId party, long micros)
    {
        Begin(key);
        Post(LedgerAccount.Pending(party), micros);
        Post(LedgerAccount.Available(party), -micros);
        return _touched;
    }

    /// <summary>The accounts a sale credited, to show that a refused command left them alone.</summary>
    public IReadOnlySet<LedgerAccount> AccountsOf(string saleKey) =>
        _sales[saleKey].Parts.Select(p => p.Account).Append(LedgerAccount.PlatformCash).Append(LedgerAccount.PaymentFees).ToHashSet();

    private static LedgerAccount AccountOf(RoyaltyPart part) => part.Role switch
    {
        RoyaltyRole.Platform => LedgerAccount.PlatformRevenue,
        RoyaltyRole.PoolFloor => LedgerAccount.PoolFloor(part.Pool!.Value),
        _ => LedgerAccount.Pending(part.Party!.Value),
    };

    private static void Expect(bool holds, string problem)
    {
        if (!holds)
        {
            throw new InvalidOperationException($"The reference model cannot follow: {problem}.");
        }
    }

    private void Begin(string key)
    {
        Expect(_keys.Add(key), $"{key} is posted twice");
        _touched = [];
    }

    private void Post(LedgerAccount account, long signedMicros)
    {
        _sums[account] = checked(_sums.GetValueOrDefault(account) + signedMicros);
        _touched.Add(account);
    }

    private sealed record ModelPart(LedgerAccount Account, long Micros)
    {
        public long Remaining { get; set; } = Micros;
    }

    private sealed record ModelSale(long PriceMinor, long NetMicros, List<ModelPart> Parts)
    {
        public long RefundedMinor { get; set; }

        public int Refunds { get; set; }
    }
}
