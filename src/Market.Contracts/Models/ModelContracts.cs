using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Contracts.Models;

/// <summary>Output terms on the wire, in ppm, in the canonical role order creator, owner, pool, base.</summary>
[GenerateSerializer, Immutable, Alias("market.model-terms")]
public sealed record ModelTerms(
    [property: Id(0)] long CreatorPpm,
    [property: Id(1)] long OwnerPpm,
    [property: Id(2)] long PoolPpm,
    [property: Id(3)] long BasePpm)
{
    /// <summary>The domain's output terms.</summary>
    public OutputTerms ToDomain() => new(CreatorPpm, OwnerPpm, PoolPpm, BasePpm);
}

/// <summary>The command that registers a model version, validated before it reaches the grain.</summary>
[GenerateSerializer, Immutable, Alias("market.register-model")]
public sealed record RegisterModel(
    [property: Id(0)] string OwnerId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Version,
    [property: Id(3)] string? BaseModelId,
    [property: Id(4)] ModelTerms Terms,
    [property: Id(5)] long InclusionFloorPpm);

/// <summary>A model version as anyone may see it.</summary>
[GenerateSerializer, Immutable, Alias("market.model-view")]
public sealed record ModelView(
    [property: Id(0)] string Id,
    [property: Id(1)] string OwnerId,
    [property: Id(2)] string Name,
    [property: Id(3)] string Version,
    [property: Id(4)] string? BaseModelId,
    [property: Id(5)] ModelTerms Terms,
    [property: Id(6)] long InclusionFloorPpm,
    [property: Id(7)] string Status,
    [property: Id(8)] long ContributionCount,
    [property: Id(9)] string? ConsentSnapshotHash,
    [property: Id(10)] long DroppedAtSeal,
    [property: Id(11)] DateTimeOffset RegisteredAt,
    [property: Id(12)] DateTimeOffset? SealedAt)
{
    /// <summary>Status of a version that still takes contributions.</summary>
    public const string Open = "open";

    /// <summary>Status of a frozen version: no more contributions; generated works may name it.</summary>
    public const string Sealed = "sealed";

    /// <summary>True once the training set is frozen.</summary>
    public bool IsSealed => Status == Sealed;

    /// <summary>True when the command would register exactly this version (a harmless retry).</summary>
    public bool WasRegisteredBy(RegisterModel command) =>
        OwnerId == command.OwnerId && Name == command.Name && Version == command.Version &&
        BaseModelId == command.BaseModelId && Terms == command.Terms && InclusionFloorPpm == command.InclusionFloorPpm;

    /// <summary>The royalty graph's node for this version.</summary>
    public ModelVersion ToDomain() => new(
        new ModelId(Id), new PartyId(OwnerId), Terms.ToDomain(), InclusionFloorPpm,
        BaseModelId is null ? null : new ModelId(BaseModelId), IsSealed);
}
