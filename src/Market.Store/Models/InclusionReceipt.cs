namespace Market.Store.Models;

/// <summary>A sealed model version that includes a work: the consent in force at sealing and the weight.</summary>
public sealed record InclusionReceipt(
    string ModelId,
    string OwnerId,
    string ModelName,
    string ModelVersion,
    DateTimeOffset SealedAt,
    string ConsentSnapshotHash,
    long Weight,
    string GenerativeTraining,
    long? MinimumPoolPpm);
