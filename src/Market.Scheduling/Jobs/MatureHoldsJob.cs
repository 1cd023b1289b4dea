using Market.Grains.Payouts;
using Quartz;

namespace Market.Scheduling.Jobs;

/// <summary>Moves every party's matured earnings from pending to available (idempotent per party per day).</summary>
[DisallowConcurrentExecution]
public sealed class MatureHoldsJob(PartyHolds holds) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var moved = await holds.MatureAllAsync(cancellationToken);
        context.Result = $"{moved} micros matured.";
    }
}
