using Market.Domain.Ids;

namespace Market.Domain.Ledger;

/// <summary>
/// Where a refund takes a party's share from (DESIGN 2.4): pending, then available, then — when the
/// money was already paid out or is in a payout — a receivable, netted against future earnings.
/// Balances are consumed as shares are drawn, so a party with several parts is not drawn twice.
/// </summary>
internal sealed class PayableDrawdown(IReadOnlyDictionary<PartyId, PartyBalances>? balances)
{
    private readonly Dictionary<PartyId, (long Pending, long Available)> _left = [];

    /// <summary>The debits that take <paramref name="micros"/> back from what was credited to <paramref name="account"/>.</summary>
    public IReadOnlyList<(LedgerAccount Account, long Micros)> Draw(LedgerAccount account, long micros)
    {
        if (micros == 0)
        {
            return [];
        }

        if (balances is null || account.Kind != LedgerAccountKind.Pending || account.Party is not { } party)
        {
            return [(account, micros)];
        }

        if (!_left.TryGetValue(party, out var left))
        {
            var current = balances.GetValueOrDefault(party, PartyBalances.Zero);
            left = (Math.Max(0, current.PendingMicros), Math.Max(0, current.AvailableMicros));
        }

        var fromPending = Math.Min(left.Pending, micros);
        var fromAvailable = Math.Min(left.Available, micros - fromPending);
        var owed = micros - fromPending - fromAvailable;
        _left[party] = (left.Pending - fromPending, left.Available - fromAvailable);
        var draws = new List<(LedgerAccount, long)>(3);
        AddIfAny(draws, LedgerAccount.Pending(party), fromPending);
        AddIfAny(draws, LedgerAccount.Available(party), fromAvailable);
        AddIfAny(draws, LedgerAccount.Receivable(party), owed);
        return draws;
    }

    private static void AddIfAny(List<(LedgerAccount, long)> draws, LedgerAccount account, long micros)
    {
        if (micros > 0)
        {
            draws.Add((account, micros));
        }
    }
}
