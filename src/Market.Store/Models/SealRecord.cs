namespace Market.Store.Models;

/// <summary>What the seal needs to know of the model version, and records with it.</summary>
public sealed record SealRequest(string ModelId, string OwnerId, string Name, string Version, long PoolPpm, DateTimeOffset At);

/// <summary>A sealed training set: its consent snapshot hash, size, and what was dropped at sealing.</summary>
public sealed record SealRecord(
    string ConsentSnapshotHash,
    long ContributionCount,
    DateTimeOffset SealedAt,
    IReadOnlyList<RejectedCandidate> Dropped);
