using Market.Grains.Payouts;
using Quartz;

namespace Market.Scheduling.Jobs;

/// <summary>Moves every party's matured earnings from pending to available (keyed by what has matured, so a racing or repeated pass moves nothing twice).</summary>
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
