using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Market.Store.Models.Signing;

namespace Market.Web.Tests.Security.SecretsAtRest;

/// <summary>
/// The signing keys and the cookie key ring are stored encrypted with the key-encryption key: their
/// rows hold no key material in plain text, yet the app signs, verifies and keeps people signed in.
/// </summary>
public sealed class SecretsAreEncryptedAtRest(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task TheStoredSigningKeyIsCiphertextThatOnlyTheKeyEncryptionKeyOpens()
    {
        using var anyone = app.Anonymous();
        var published = await anyone.GetFromJsonAsync<JsonElement>("/api/v1/signing-key");

        var row = JsonDocument.Parse((await StoredSecrets.RowsAsync(app, StoredSecrets.SigningKeys)).ShouldHaveSingleItem()).RootElement;

        row.GetProperty("Pkcs8Base64").GetString().ShouldBeEmpty();
        var sealedKey = row.GetProperty("SealedPkcs8").GetString()!;
        sealedKey.ShouldStartWith("kek1:");
        var pkcs8 = StoredSecrets.TestKek.Open(sealedKey, $"signing key '{row.GetProperty("Id").GetString()}'");
        using var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        key.ExportSubjectPublicKeyInfoPem().ShouldBe(published.GetProperty("publicKeyPem").GetString());
        sealedKey.ShouldNotContain(Convert.ToBase64String(pkcs8)[..24]);
    }

    [Fact]
    public async Task TheStoredCookieKeysHoldNoMasterKeyInPlainText()
    {
        using var person = await SiteUser.RegisterAsync(app, "kek");   // signing in makes the cookie key ring

        var rows = await StoredSecrets.RowsAsync(app, StoredSecrets.CookieKeys);

        rows.ShouldNotBeEmpty();
        foreach (var row in rows)
        {
            row.ShouldNotContain("masterKey");
            row.ShouldNotContain("<key");
            JsonDocument.Parse(row).RootElement.GetProperty("Sealed").GetString()!.ShouldStartWith("kek1:");
        }
    }

    [Fact]
    public async Task SignaturesMadeWithTheEncryptedKeyVerify()
    {
        var signer = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<PlatformSigner>(app.Services);
        var payload = Encoding.UTF8.GetBytes("signed after the key was stored encrypted");

        var signature = await signer.SignAsync(payload, CancellationToken.None);

        (await signer.VerifyAsync(payload, signature, CancellationToken.None)).ShouldBeTrue();
    }
}
