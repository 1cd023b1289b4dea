using System.Net;
using System.Security.Cryptography;
using System.Text;
using Marten;
using Market.Store.Models.Signing;
using Market.Testing;
using Market.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests.Security.SecretsAtRest;

/// <summary>
/// At start Market encrypts, in place, secrets stored in plain text by a version before encryption,
/// and refuses to start with a key-encryption key that does not open the stored ones.
/// </summary>
public sealed class StartingMigratesAndChecksSecrets
{
    [Fact]
    public async Task PlaintextKeysFromBeforeAreEncryptedInPlaceAndKeepWorking()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("kek_migrate");
        using var legacyKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var legacyPkcs8 = Convert.ToBase64String(legacyKey.ExportPkcs8PrivateKey());
        CookieContainer cookies;
        IReadOnlyList<string> cookieKeyXml;
        await using (var before = new MarketApp(database))
        {
            await before.InitializeAsync();
            using var person = await SiteUser.RegisterAsync(before, "legacy");
            cookies = person.Cookies;
            cookieKeyXml = await StoreAsPlaintextAsync(before, legacyPkcs8);
        }

        (await StoredPlaintextAsync(database, legacyPkcs8)).ShouldBeTrue("the rows are in plain text before the start");
        await using var after = new MarketApp(database);
        await after.InitializeAsync();

        foreach (var row in (await StoredSecrets.RowsAsync(after, StoredSecrets.SigningKeys)).Concat(await StoredSecrets.RowsAsync(after, StoredSecrets.CookieKeys)))
        {
            row.ShouldNotContain(legacyPkcs8[..24]);
            row.ShouldNotContain("masterKey");
        }

        // The migrated signing key is the same key: what the app signs verifies with the legacy public key.
        var payload = Encoding.UTF8.GetBytes("signed by a migrated key");
        var signature = await after.Services.GetRequiredService<PlatformSigner>().SignAsync(payload, CancellationToken.None);
        legacyKey.VerifyData(payload, System.Buffers.Text.Base64Url.DecodeFromChars(signature.Value), HashAlgorithmName.SHA256).ShouldBeTrue();

        // The migrated cookie keys are the same keys: the person signed in before is still signed in.
        after.Services.GetRequiredService<MartenXmlRepository>().GetAllElements().Select(e => e.ToString(System.Xml.Linq.SaveOptions.DisableFormatting)).ShouldBe(cookieKeyXml, ignoreOrder: true);
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = after.BaseAddress };
        (await browser.GetAsync("/Account/ApiKeys")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnotherKeyEncryptionKeyStopsTheStartNamingTheSetting()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("kek_wrong");
        await using (var first = new MarketApp(database))
        {
            await first.InitializeAsync();
            await first.Services.GetRequiredService<PlatformSigner>().PublicKeyAsync(CancellationToken.None);   // the signing key exists
        }

        var wrong = new MarketApp(database, new Dictionary<string, string> { ["Market:Secrets:KeyEncryptionKey"] = StoredSecrets.OtherKek() });
        var failure = await StoredSecrets.StartFailureAsync(wrong);

        failure.ShouldContain("does not decrypt with the configured key-encryption key (Market:Secrets:KeyEncryptionKey");
    }

    [Theory]
    [InlineData("", "Set exactly one of Market:Secrets:KeyEncryptionKey")]
    [InlineData("c2hvcnQ=", "Market:Secrets:KeyEncryptionKey must be 32 bytes in base64")]
    public async Task AMissingOrMalformedKeyStopsTheStartNamingTheSetting(string configured, string message)
    {
        await using var database = await TestPostgres.CreateDatabaseAsync("kek_missing");
        var app = new MarketApp(database, new Dictionary<string, string> { ["Market:Secrets:KeyEncryptionKey"] = configured });

        (await StoredSecrets.StartFailureAsync(app)).ShouldContain(message);
    }

    // Rewrites the stored secrets the way a version before encryption kept them; answers the cookie keys' XML.
    private static async Task<IReadOnlyList<string>> StoreAsPlaintextAsync(MarketApp app, string pkcs8)
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var xml = app.Services.GetRequiredService<MartenXmlRepository>().GetAllElements().Select(e => e.ToString(System.Xml.Linq.SaveOptions.DisableFormatting)).ToList();
        await using var session = store.LightweightSession();
        session.DeleteWhere<SigningKeyRecord>(_ => true);
        session.Store(new SigningKeyRecord { Pkcs8Base64 = pkcs8, CreatedAt = DateTimeOffset.UtcNow });
        foreach (var document in await session.Query<DataProtectionKeyDocument>().ToListAsync())
        {
            document.Xml = Encoding.UTF8.GetString(StoredSecrets.TestKek.Open(document.Sealed, document.Purpose));
            document.Sealed = "";
            session.Store(document);
        }

        await session.SaveChangesAsync();
        return xml;
    }

    private static async Task<bool> StoredPlaintextAsync(TestDatabase database, string pkcs8)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"select count(*) from {StoredSecrets.SigningKeys} where data::text like '%' || $1 || '%'", connection) { Parameters = { new() { Value = pkcs8 } } };
        return (long)(await command.ExecuteScalarAsync())! == 1;
    }
}
