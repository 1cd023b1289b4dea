using Quartz;

namespace Market.Scheduling.Jobs;

/// <summary>Settles every pool's accumulated inclusion floor to its contributions.</summary>
[DisallowConcurrentExecution]
public sealed class SettlePoolsJob(PoolSettlements settlements) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var settled = await settlements.SettleAllAsync(cancellationToken);
        context.Result = $"{settled.Count(s => s.SettledMicros > 0)} pools settled, {settled.Sum(s => s.SettledMicros)} micros.";
    }
}
