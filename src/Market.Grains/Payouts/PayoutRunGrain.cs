using Market.Contracts.Orders;
using Market.Contracts.Payouts;
using Market.Domain.Ids;
using Market.Domain.Ledger;
using Market.Domain.Payouts;
using Market.Store.Ledger;
using Market.Store.Payouts;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Grains.Payouts;

/// <summary>
/// One payout run (DESIGN 2.4): matures holds, fixes a plan (who is paid how much), then takes each
/// party through reserve → transfer → paid, recording each step. Every step has its idempotency key,
/// so re-running the same run after a crash at any point continues and pays each party once. A party
/// whose transfer Stripe rate-limits waits alone (see <c>PayoutRunGrain.Waiting</c>).
/// </summary>
public sealed partial class PayoutRunGrain(
    [PersistentState("payout-run", GrainStorage.Name)] IPersistentState<PayoutRunState> state,
    Npgsql.NpgsqlDataSource sessionLocks,
    LedgerStore ledger,
    PartyHolds holds,
    PayoutPolicy policy,
    PayoutRetryPolicy retryPolicy,
    PayoutRunRetries retries,
    IPayoutGateway gateway,
    IPayoutRunInterruptions interruptions,
    [FromKeyedServices(PayoutRunGrain.ClockKey)] TimeProvider time) : Grain, IPayoutRunGrain
{
    /// <summary>
    /// The key of the clock runs read: the app's own in production. Tests that need a run to resume a
    /// day later move this one alone; Orleans reads the app's clock and would declare a silo dead if it jumped.
    /// </summary>
    public const string ClockKey = "payout-runs";

    private const string Completed = "completed";

    private string RunId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<PayoutRunView> Run()
    {
        if (state.State.Status == Completed)
        {
            return View();
        }

        await using var gate = await PayoutRunGate.TryEnterAsync(sessionLocks)
            ?? throw new InvalidOperationException("Another payout run is in progress; try again when it has finished.");
        if (state.State.StartedAt is null)
        {
            await PlanAsync();
        }

        foreach (var line in state.State.Lines)
        {
            if (!StillWaiting(line))
            {
                await AdvanceAsync(line);
            }
        }

        await EndPassAsync();
        return View();
    }

    /// <inheritdoc />
    public Task<PayoutRunView> Get() => Task.FromResult(View());

    // The plan is written before any money moves, so a resumed run pays at most the amounts first
    // decided (less, when a newer run or a refund took the money meanwhile: see ReserveAsync).
    private async Task PlanAsync()
    {
        await holds.MatureAllAsync();
        var parties = await ledger.PartiesWithBalanceAsync(LedgerAccountKind.Available);
        var balances = await ledger.BalancesAsync(parties);
        foreach (var party in parties)
        {
            var account = await GrainFactory.GetGrain<IPayoutAccountGrain>(party.Value).Get();
            var frozen = await FrozenMicrosAsync(party);
            var available = await NetReceivableAsync(party, balances[party]);
            var decision = PayoutDecision.Decide(policy, available, frozen, account.ThresholdMinor, account.IsEnabled);
            state.State.Lines.Add(new PayoutLineState
            {
                PartyId = party.Value,
                Status = decision.Pays ? PayoutLineStatus.Planned : PayoutLineStatus.Skipped,
                AmountMinor = decision.AmountMinor,
                DestinationAccountId = account.AccountId,
                Reason = decision.SkipReason,
            });
        }

        state.State.StartedAt = time.GetUtcNow();
        state.State.Status = "running";
        await state.WriteStateAsync();
    }

    // What a party owes after a refund of money already paid comes out of its new earnings first.
    private async Task<long> NetReceivableAsync(PartyId party, PartyBalances balance)
    {
        var netted = Math.Min(balance.AvailableMicros, balance.ReceivableMicros);
        if (netted <= 0)
        {
            return balance.AvailableMicros;
        }

        await ledger.PostAsync(PayoutTransactions.ReceivableNetted(RunId, party, netted, time.GetUtcNow()));
        return balance.AvailableMicros - netted;
    }

    private PayoutRunView View() => new(
        RunId,
        state.State.Status,
        state.State.StartedAt,
        [.. state.State.Lines.Select(l => new PayoutLineView(l.PartyId, l.Status, Domain.Money.Micros.FromMinor(l.AmountMinor), l.TransferId, l.Reason, l.RetryAt))]);

    private static PartyId Party(PayoutLineState line) => new(line.PartyId);
}
