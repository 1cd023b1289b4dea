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

/// <summary>
/// The command that registers a work, validated before it reaches the grain. <c>NamedBy</c> is the party
/// registering it (the artist, or a generated piece's operator): everyone else it names must accept
/// (<see cref="NamedRoles"/>); null asks nobody (internal callers that name only parties they speak for).
/// </summary>
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
    [property: Id(9)] WorkFile? File,
    [property: Id(10)] WorkGeneration? Generation = null,
    [property: Id(11)] string? NamedBy = null);

/// <summary>An attribution entry: a contribution of the model version and its integer ppm weight.</summary>
[GenerateSerializer, Immutable, Alias("market.attribution-weight")]
public sealed record AttributionWeight([property: Id(0)] string WorkId, [property: Id(1)] long WeightPpm);

/// <summary>How a generated work was made: the model version, its human creator and per-piece attribution.</summary>
[GenerateSerializer, Immutable, Alias("market.work-generation")]
public sealed record WorkGeneration(
    [property: Id(0)] string ModelId,
    [property: Id(1)] string CreatorId,
    [property: Id(2)] IReadOnlyList<AttributionWeight> Attribution);

/// <summary>A consent change: a fact with its time and actor, kept forever.</summary>
[GenerateSerializer, Immutable, Alias("market.consent-changed")]
public sealed record ConsentChanged(
    [property: Id(0)] WorkConsent Consent,
    [property: Id(1)] string ActorId,
    [property: Id(2)] DateTimeOffset At);

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
    [property: Id(11)] DateTimeOffset RegisteredAt,
    [property: Id(12)] WorkGeneration? Generation = null,
    [property: Id(13)] IReadOnlyList<ConsentChanged>? ConsentHistory = null,
    [property: Id(14)] IReadOnlyList<NamedRoleView>? Named = null,
    [property: Id(15)] string? NamedBy = null)
{
    /// <summary>True for a work made with a model.</summary>
    public bool IsGenerated => Generation is not null;

    /// <summary>
    /// True when <paramref name="partyId"/> is the work's artist or an owner on its split sheet, and has accepted
    /// being named if someone else named them: who may change its consent and offers.
    /// </summary>
    public bool IsOwnedBy(string? partyId) =>
        partyId is not null && (ArtistId == partyId || Owners.Any(o => o.Id == partyId)) && NamedRoles.HasTakenRole(NamedDomain(), partyId);

    /// <summary>True when everyone named on the work has accepted (or nobody was named): only then is it offered and sold.</summary>
    public bool IsForSale => NamedRoles.IsForSale(NamedDomain());

    /// <summary>pending, accepted or declined: the named people's answers taken together.</summary>
    public string NamedStatus => NamedRoles.StatusOf(NamedDomain());

    private List<NamedRole>? NamedDomain() => Named?.Select(n => n.ToDomain()).ToList();
}
