namespace Market.Scheduling.Reconciliation;

/// <summary>
/// One day's reconciliation of the platform's cash in the ledger against what moved its Stripe
/// balance, per kind of movement. Stored under the day (<c>yyyy-MM-dd</c>, UTC); a later run replaces it.
/// </summary>
public sealed class ReconciliationReport
{
    /// <summary>The day, <c>yyyy-MM-dd</c> (UTC).</summary>
    public string Id { get; set; } = "";

    /// <summary>When the figures were taken.</summary>
    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>Where the actual figures came from (Stripe balance transactions or the sandbox's records).</summary>
    public string Source { get; set; } = "";

    /// <summary>One line per kind of movement.</summary>
    public List<ReconciliationLine> Lines { get; set; } = [];

    /// <summary>True when some kind's actual figure differs from the ledger's.</summary>
    public bool HasDrift => Lines.Any(l => l.DriftMicros is not null and not 0);

    /// <summary>True when some kind's actual figure could not be obtained.</summary>
    public bool HasGaps => Lines.Any(l => l.ActualMicros is null);
}

/// <summary>One kind of movement on one day.</summary>
/// <param name="Kind">charge, fee, refund, dispute, transfer or other.</param>
/// <param name="ExpectedMicros">What the ledger's platform cash says moved (signed).</param>
/// <param name="ActualMicros">What Stripe (or the sandbox) says moved; null when it could not be obtained.</param>
/// <param name="DriftMicros">Actual minus expected; null when the actual figure is missing.</param>
/// <param name="Note">Why the actual figure is missing, when it is.</param>
public sealed record ReconciliationLine(string Kind, long ExpectedMicros, long? ActualMicros, long? DriftMicros, string? Note);
