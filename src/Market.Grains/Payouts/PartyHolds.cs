using Market.Contracts.Payouts;
using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Payouts;
using Market.Store.Ledger;

namespace Market.Grains.Payouts;

/// <summary>Matures parties' holds in the ledger and explains what is not paid: the maturing job and the balance API use it.</summary>
public sealed class PartyHolds(LedgerStore ledger, PayoutPolicy policy, IGrainFactory grains, TimeProvider time)
{
    /// <summary>Moves what has matured by now from pending to available; answers the micros moved (0 when nothing, or when another pass already moved it).</summary>
    public async Task<long> MatureAsync(PartyId party, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var maturity = await DecideAsync(party, now, cancellationToken);
        if (maturity.MaturedMicros <= 0)
        {
            return 0;
        }

        // Named by what has matured: a racing pass replays the first instead of moving money twice,
        // and each pass after a new credit matures (the job is hourly) moves what has matured since.
        var key = LedgerKeys.HoldsMatured(party, await ledger.CreditedThroughAsync(LedgerAccount.Pending(party), now - policy.Hold, cancellationToken));
        var posted = await ledger.PostAsync(LedgerTransactions.HoldsMatured(party, maturity.MaturedMicros, key, now), cancellationToken);
        return posted.Replayed ? 0 : maturity.MaturedMicros;
    }

    /// <summary>Matures every party with pending earnings.</summary>
    public async Task<long> MatureAllAsync(CancellationToken cancellationToken = default)
    {
        long moved = 0;
        foreach (var party in await ledger.PartiesWithBalanceAsync(LedgerAccountKind.Pending, cancellationToken))
        {
            moved += await MatureAsync(party, cancellationToken);
        }

        return moved;
    }

    /// <summary>
    /// Why the party's unpaid balance is not paid: held until a date, below threshold, or no enabled
    /// payout account. <paramref name="frozenMicros"/>, frozen by disputes and shown as such by the
    /// caller, is left out of the pending holds so no money is explained twice.
    /// </summary>
    public async Task<IReadOnlyList<BalanceHold>> HoldsAsync(PartyId party, long frozenMicros = 0, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var balances = await ledger.BalanceAsync(party, cancellationToken);
        var maturity = await DecideAsync(party, now, cancellationToken, frozenMicros);
        var holds = maturity.Held.Select(b => new BalanceHold(HoldReasons.HeldUntilDay(b.Until), b.AmountMicros, b.Until)).ToList();
        if (maturity.MaturedMicros > 0)
        {
            // Matured but not yet moved by the maturing job: it becomes available at its next pass.
            holds.Add(new BalanceHold(HoldReasons.HeldUntilDay(now), maturity.MaturedMicros, now));
        }

        // The next run first sets what the party owes against its available earnings.
        var payable = balances.AvailableMicros - Math.Max(0, balances.ReceivableMicros);
        if (payable > 0)
        {
            var account = await grains.GetGrain<IPayoutAccountGrain>(party.Value).Get();
            var decision = PayoutDecision.Decide(policy, payable, 0, account.ThresholdMinor, account.IsEnabled);
            if (decision.SkipReason is { } reason)
            {
                holds.Add(new BalanceHold(reason, payable, null));
            }
        }

        return holds;
    }

    private async Task<HoldsMaturity> DecideAsync(PartyId party, DateTimeOffset now, CancellationToken cancellationToken, long frozenMicros = 0)
    {
        var pending = (await ledger.BalanceAsync(party, cancellationToken)).PendingMicros - Math.Max(0, frozenMicros);
        var credits = pending > 0 ? await ledger.PendingCreditsSinceAsync(party, now - policy.Hold, cancellationToken) : [];
        return HoldsMaturity.Decide(pending, credits, policy.Hold, now);
    }
}
