using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// A piece made with a sealed model version. Its primary split is the model's output terms; the
/// attribution (possibly none) decides the non-floor part of that model's contributor pool.
/// </summary>
public sealed record GeneratedWork(
    WorkId Id,
    ModelId Model,
    PartyId Creator,
    Attribution Attribution,
    IReadOnlyList<ParentEdge> Parents) : Work(Id, Parents);
