namespace Market.Contracts.Models;

/// <summary>A contribution removed from the training set at sealing, with the reason.</summary>
[GenerateSerializer, Immutable, Alias("market.dropped-contribution")]
public sealed record DroppedContribution([property: Id(0)] string WorkId, [property: Id(1)] string Reason);

/// <summary>
/// The outcome of sealing: the sealed version and what was dropped, or the reason it cannot be
/// sealed (<see cref="Problem"/>), in which case nothing changed.
/// </summary>
[GenerateSerializer, Immutable, Alias("market.model-seal-result")]
public sealed record ModelSealResult(
    [property: Id(0)] ModelView Model,
    [property: Id(1)] IReadOnlyList<DroppedContribution> Dropped,
    [property: Id(2)] string? Problem = null);
