namespace Market.Scheduling.History;

/// <summary>
/// One execution of a scheduled job, written when it starts and completed when it ends, so a job
/// that failed — or a node that died mid-run — is visible on the admin page.
/// </summary>
public sealed class JobRun
{
    /// <summary>The firing's id (unique across the cluster).</summary>
    public string Id { get; set; } = "";

    /// <summary>The job's name (its key within the <c>market</c> group).</summary>
    public string Job { get; set; } = "";

    /// <summary>The scheduler node that ran it.</summary>
    public string Node { get; set; } = "";

    /// <summary>The time the trigger was due, which names the run (e.g. the payout run's id).</summary>
    public DateTimeOffset ScheduledFor { get; set; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When it ended; null while running (or when its node died).</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>True when it ended without an error; null while running.</summary>
    public bool? Succeeded { get; set; }

    /// <summary>What it did, or why it failed.</summary>
    public string? Message { get; set; }
}
