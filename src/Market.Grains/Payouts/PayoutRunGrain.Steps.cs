using Market.Domain.Money;
using Market.Domain.Payouts;

namespace Market.Grains.Payouts;

public sealed partial class PayoutRunGrain
{
    // Each step posts or calls under its own key and then records itself; a crash between the two
    // repeats the step on resume, and the key turns the repeat into a replay.
    private async Task AdvanceAsync(PayoutLineState line)
    {
        if (line.Status == PayoutLineStatus.Planned && !await ReserveAsync(line))
        {
            return;
        }

        var micros = Micros.FromMinor(line.AmountMinor);

        if (line.Status is PayoutLineStatus.Reserved or PayoutLineStatus.Waiting)
        {
            await interruptions.ReachedAsync(PayoutStep.BeforeTransfer, RunId, line.PartyId);
            try
            {
                var keyMayHaveExpired = line.TransferStartedAt is { } started && time.GetUtcNow() - started >= PayoutKeys.ProviderKeyLifetime;
                line.TransferId = await gateway.TransferAsync(new PayoutTransfer(
                    RunId, line.PartyId, line.DestinationAccountId!, line.AmountMinor, PayoutKeys.Transfer(RunId, line.PartyId), keyMayHaveExpired));
                await interruptions.ReachedAsync(PayoutStep.TransferMade, RunId, line.PartyId);
                (line.RetryAt, line.Reason) = (null, null);
                await RecordAsync(line, PayoutLineStatus.Transferred);
            }
            catch (PayoutRateLimitedException limited)
            {
                await WaitOrGiveUpAsync(line, micros, limited);
            }
            catch (PayoutRefusedException refused)
            {
                await ReleaseAsync(line, micros, PayoutLineStatus.Failed, refused.Message);
            }
            catch (PayoutDeferredException deferred)
            {
                await ReleaseAsync(line, micros, PayoutLineStatus.Deferred, deferred.Message);
            }
        }

        if (line.Status == PayoutLineStatus.Transferred)
        {
            if (!(await ledger.PostAsync(PayoutTransactions.Paid(RunId, Party(line), micros, line.TransferId!, time.GetUtcNow()))).Replayed)
            {
                MarketMetrics.PayoutPaid(micros);
            }

            await interruptions.ReachedAsync(PayoutStep.PaidPosted, RunId, line.PartyId);
            await RecordAsync(line, PayoutLineStatus.Paid);
            await interruptions.ReachedAsync(PayoutStep.LineRecorded, RunId, line.PartyId);
        }
    }

    // The reservation goes back to available, so the next run that finds it eligible pays it.
    private async Task ReleaseAsync(PayoutLineState line, long micros, string status, string reason)
    {
        await ledger.PostAsync(PayoutTransactions.Released(RunId, Party(line), micros, time.GetUtcNow()));
        line.Reason = reason;
        await RecordAsync(line, status);
    }

    private async Task RecordAsync(PayoutLineState line, string status)
    {
        line.Status = status;
        await state.WriteStateAsync();
    }
}
