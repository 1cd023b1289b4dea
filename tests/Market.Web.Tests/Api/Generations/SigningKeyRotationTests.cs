using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Market.Store.Models.Signing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Market.Web.Tests.Api.Generations;

/// <summary>
/// An admin rotates the platform signing key: new signatures name and use the new key, what the old
/// key signed still verifies, and <c>GET /api/v1/signing-key</c> lists both with their dates.
/// </summary>
public sealed class SigningKeyRotationTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task ARotatedKeySignsWhatComesNextWhileWhatTheOldKeySignedStillVerifies()
    {
        var signer = app.Services.GetRequiredService<PlatformSigner>();
        using var anyone = app.Anonymous();
        var before = await anyone.GetFromJsonAsync<JsonElement>("/api/v1/signing-key");
        var payload = "a certificate signed before the rotation"u8.ToArray();
        var old = await signer.SignAsync(payload, CancellationToken.None);
        old.KeyId.ShouldBe(before.GetProperty("keyId").GetString());

        using var admin = app.WithKey(MarketApp.AdminKey);
        var rotated = await admin.PostAsync("/api/v1/admin/signing-key/rotate", null);

        rotated.StatusCode.ShouldBe(HttpStatusCode.OK, await rotated.Content.ReadAsStringAsync());
        var after = await anyone.GetFromJsonAsync<JsonElement>("/api/v1/signing-key");
        var current = after.GetProperty("keyId").GetString()!;
        current.ShouldNotBe(old.KeyId);
        after.GetProperty("jwk").GetProperty("kid").GetString().ShouldBe(current);
        after.GetProperty("publicKeyPem").GetString()!.ShouldStartWith("-----BEGIN PUBLIC KEY-----");
        var keys = after.GetProperty("keys").EnumerateArray().ToList();
        keys[0].GetProperty("keyId").GetString().ShouldBe(current);
        keys[0].TryGetProperty("retiredAt", out _).ShouldBeFalse("the current key is not retired");
        var retired = keys.Single(k => k.GetProperty("keyId").GetString() == old.KeyId);
        retired.GetProperty("retiredAt").GetDateTimeOffset().ShouldBeGreaterThanOrEqualTo(retired.GetProperty("createdAt").GetDateTimeOffset());
        retired.GetProperty("publicKeyPem").GetString().ShouldBe(before.GetProperty("publicKeyPem").GetString());

        var fresh = await signer.SignAsync(payload, CancellationToken.None);
        fresh.KeyId.ShouldBe(current);
        (await signer.VerifyAsync(payload, fresh, CancellationToken.None)).ShouldBeTrue();
        (await signer.VerifyAsync(payload, old, CancellationToken.None)).ShouldBeTrue("a signature by a retired key still verifies");
        (await signer.VerifyAsync(payload, old with { KeyId = current }, CancellationToken.None)).ShouldBeFalse("the old signature is not the new key's");
    }

    [Fact]
    public async Task AnotherNodeVerifiesTheNewKeysSignaturesAtOnceAndSignsWithItWithinHalfAMinute()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var otherNode = new PlatformSigner(app.Services.GetRequiredService<SigningKeyStore>(), clock);
        var before = await otherNode.PublicKeyAsync(CancellationToken.None);

        var set = await app.Services.GetRequiredService<PlatformSigner>().RotateAsync(CancellationToken.None);
        var signed = await app.Services.GetRequiredService<PlatformSigner>().SignAsync("x"u8.ToArray(), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(3));

        set.KeyId.ShouldNotBe(before.KeyId);
        (await otherNode.VerifyAsync("x"u8.ToArray(), signed, CancellationToken.None)).ShouldBeTrue("an unknown key id makes a node reload the keys");
        clock.Advance(TimeSpan.FromSeconds(30));
        (await otherNode.SignAsync("y"u8.ToArray(), CancellationToken.None)).KeyId.ShouldBe(set.KeyId);
    }

    [Fact]
    public async Task OnlyAnAdminRotates()
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(key);

        (await artist.PostAsync("/api/v1/admin/signing-key/rotate", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.Anonymous().PostAsync("/api/v1/admin/signing-key/rotate", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
