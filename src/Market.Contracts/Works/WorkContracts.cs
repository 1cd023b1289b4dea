using Market.Domain.Catalog;

namespace Market.Contracts.Works;

/// <summary>A license offer on the wire.</summary>
[GenerateSerializer, Immutable, Alias("market.work-offer")]
public sealed record WorkOffer([property: Id(0)] string Tier, [property: Id(1)] long PriceMinor);

/// <summary>Training consent on the wire.</summary>
[GenerateSerializer, Immutable, Alias("market.work-consent")]
public sealed record WorkConsent(
    [property: Id(0)] string GenerativeTraining,
    [property: Id(1)] string NonGenerativeTraining,
    [property: Id(2)] string DataMining,
    [property: Id(3)] long? MinimumPoolPpm)
{
    /// <summary>From the domain's consent.</summary>
    public static WorkConsent From(Consent c) => new(c.GenerativeTraining, c.NonGenerativeTraining, c.DataMining, c.MinimumPoolPpm);
}

/// <summary>A weighted reference to another work or account (parents, owners).</summary>
[GenerateSerializer, Immutable, Alias("market.work-share")]
public sealed record WorkShare([property: Id(0)] string Id, [property: Id(1)] long SharePpm);

/// <summary>The stored file of a work: its hash, type and where its preview is.</summary>
[GenerateSerializer, Immutable, Alias("market.work-file")]
public sealed record WorkFile(
    [property: Id(0)] string Name,
    [property: Id(1)] string MediaType,
    [property: Id(2)] long SizeBytes,
    [property: Id(3)] string ContentHash,
    [property: Id(4)] bool HasPreview);

/// <summary>The command that registers a work, validated before it reaches the grain.</summary>
[GenerateSerializer, Immutable, Alias("market.register-work")]
public sealed record RegisterWork(
    [property: Id(0)] string ArtistId,
    [property: Id(1)] string Title,
    [property: Id(2)] string Description,
    [property: Id(3)] string Kind,
    [property: Id(4)] IReadOnlyList<string> Tags,
    [property: Id(5)] IReadOnlyList<WorkOffer> Offers,
    [property: Id(6)] WorkConsent Consent,
    [property: Id(7)] IReadOnlyList<WorkShare> Parents,
    [property: Id(8)] IReadOnlyList<WorkShare> Owners,
    [property: Id(9)] WorkFile? File);

/// <summary>What anyone may see of a work.</summary>
[GenerateSerializer, Immutable, Alias("market.work-view")]
public sealed record WorkView(
    [property: Id(0)] string Id,
    [property: Id(1)] string ArtistId,
    [property: Id(2)] string Title,
    [property: Id(3)] string Description,
    [property: Id(4)] string Kind,
    [property: Id(5)] IReadOnlyList<string> Tags,
    [property: Id(6)] IReadOnlyList<WorkOffer> Offers,
    [property: Id(7)] WorkConsent Consent,
    [property: Id(8)] IReadOnlyList<WorkShare> Parents,
    [property: Id(9)] IReadOnlyList<WorkShare> Owners,
    [property: Id(10)] WorkFile? File,
    [property: Id(11)] DateTimeOffset RegisteredAt);
