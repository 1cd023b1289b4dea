using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Market.Contracts.Idempotency;

namespace Market.Web.Api;

/// <summary>A keyed request: the id its record gets, and the claim to make once the request is valid, just before anything is written.</summary>
public sealed record KeyedRequest(string Id, Func<Task<bool>> ClaimAsync);

/// <summary>
/// The caller's <c>Idempotency-Key</c> header. A retry under the same key reaches the same record
/// because the record's id derives from the caller and the key (so keys are scoped per caller);
/// a request only claims its key once it is valid, so a refused request never blocks its corrected retry.
/// </summary>
public static class IdempotencyKey
{
    /// <summary>The header's name.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The key the request carries, or null.</summary>
    public static string? Of(HttpRequest http) => http.Headers[Header].ToString() is { Length: > 0 } key ? key : null;

    /// <summary>The id of the record that <paramref name="callerId"/>'s request under <paramref name="key"/> makes.</summary>
    public static string IdFor(string prefix, string callerId, string key) =>
        prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{callerId}\n{key}")))[..32];

    /// <summary>
    /// The keyed request, or null without a key. Its claim holds the key for <paramref name="body"/>
    /// (its JSON, so whitespace and property order do not matter) and fails for any other body.
    /// </summary>
    public static KeyedRequest? For<TBody>(HttpRequest http, IGrainFactory grains, string prefix, string callerId, TBody body)
    {
        if (Of(http) is not { } key) return null;
        var id = IdFor(prefix, callerId, key);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body)));
        return new(id, () => grains.GetGrain<IRequestKeyGrain>(id).Claim(fingerprint));
    }

    /// <summary>The 422 for a key already used with another body.</summary>
    public static IResult BodyDiffers() => Results.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity, title: $"The {Header} was used with another body",
        detail: $"This request's body differs from the first request sent with the same {Header} header; nothing was done. Send a new key for a new request.");
}
