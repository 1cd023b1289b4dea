using Market.Domain.Statements;
using Market.Grains.Statements;
using Quartz;

namespace Market.Scheduling.Jobs;

/// <summary>Closes the month before the firing's scheduled time for every party, recording each statement's hashes.</summary>
[DisallowConcurrentExecution]
public sealed class CloseStatementsJob(StatementDocuments statements) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var period = StatementPeriod.Containing(context.ScheduledFireTimeUtc ?? context.FireTimeUtc).Previous();
        var closed = await statements.CloseAsync(period, cancellationToken);
        context.Result = $"{period}: {closed.Count} statements closed.";
    }
}
