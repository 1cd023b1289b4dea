using System.Buffers.Text;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Market.Web.Tests.Api.Models;

namespace Market.Web.Tests.Api.Generations;

public sealed class ManifestTests(MarketApp app) : IClassFixture<MarketApp>
{
    private readonly Training _training = Training.For(app);

    [Fact]
    public async Task TheManifestNamesTheProvenanceAndVerifies()
    {
        var (workId, modelId, creatorId, contributions) = await GeneratedPieceAsync();
        using var anyone = app.Anonymous();

        var signed = await anyone.GetFromJsonAsync<JsonObject>($"/api/v1/works/{workId}/manifest");

        var manifest = signed!["manifest"]!;
        manifest["workId"]!.GetValue<string>().ShouldBe(workId);
        manifest["modelId"]!.GetValue<string>().ShouldBe(modelId);
        manifest["creatorAccountId"]!.GetValue<string>().ShouldBe(creatorId);
        manifest["contentHash"]!.GetValue<string>().ShouldStartWith("sha256:");
        manifest["contributions"]!.AsArray().Select(c => c!["workId"]!.GetValue<string>()).ShouldBe(contributions.Order(StringComparer.Ordinal));
        signed["signature"]!["algorithm"]!.GetValue<string>().ShouldBe("ES256");
        (await VerifyAsync(anyone, signed)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("weight changed")]
    [InlineData("creator changed")]
    [InlineData("field added")]
    [InlineData("signature of another manifest")]
    public async Task ATamperedManifestDoesNotVerify(string tampering)
    {
        var (workId, _, _, _) = await GeneratedPieceAsync();
        using var anyone = app.Anonymous();
        var signed = (await anyone.GetFromJsonAsync<JsonObject>($"/api/v1/works/{workId}/manifest"))!;
        var manifest = signed["manifest"]!.AsObject();
        switch (tampering)
        {
            case "weight changed": manifest["contributions"]![0]!["weightPpm"] = 999_999; break;
            case "creator changed": manifest["creatorAccountId"] = "p_someone_else"; break;
            case "field added": manifest["exclusive"] = true; break;
            default:
                var (otherId, _, _, _) = await GeneratedPieceAsync();
                signed["signature"] = (await anyone.GetFromJsonAsync<JsonObject>($"/api/v1/works/{otherId}/manifest"))!["signature"]!.DeepClone();
                break;
        }

        (await VerifyAsync(anyone, signed)).ShouldBeFalse();
    }

    [Fact]
    public async Task TheSignatureVerifiesOfflineWithThePublishedKey()
    {
        var (workId, _, _, _) = await GeneratedPieceAsync();
        using var anyone = app.Anonymous();
        var signed = (await anyone.GetFromJsonAsync<JsonObject>($"/api/v1/works/{workId}/manifest"))!;
        var key = (await anyone.GetFromJsonAsync<JsonElement>("/api/v1/signing-key"))!;

        using var fromPem = ECDsa.Create();
        fromPem.ImportFromPem(key.GetProperty("publicKeyPem").GetString());
        var jwk = key.GetProperty("jwk");
        using var fromJwk = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64Url.DecodeFromChars(jwk.GetProperty("x").GetString()), Y = Base64Url.DecodeFromChars(jwk.GetProperty("y").GetString()) },
        });

        // A client re-serializes the manifest compactly, escaping only what JSON requires, and checks ES256.
        var payload = Encoding.UTF8.GetBytes(signed["manifest"]!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        var signature = Base64Url.DecodeFromChars(signed["signature"]!["value"]!.GetValue<string>());
        fromPem.VerifyData(payload, signature, HashAlgorithmName.SHA256).ShouldBeTrue();
        fromJwk.VerifyData(payload, signature, HashAlgorithmName.SHA256).ShouldBeTrue();
        signed["signature"]!["keyId"]!.GetValue<string>().ShouldBe(jwk.GetProperty("kid").GetString());
    }

    [Fact]
    public async Task AnOriginalWorkHasNoManifest()
    {
        var original = await _training.WorkAsync();
        (await app.Anonymous().GetAsync($"/api/v1/works/{original}/manifest")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<bool> VerifyAsync(HttpClient client, JsonObject signed)
    {
        var response = await client.PostAsJsonAsync("/api/v1/manifests/verify", signed);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("valid").GetBoolean();
    }

    private async Task<(string WorkId, string ModelId, string CreatorId, string[] Contributions)> GeneratedPieceAsync()
    {
        var (client, modelId, works) = await _training.SealedModelAsync(works: 2);
        var creatorId = await _training.ArtistIdAsync();
        var workId = await GenerationRequests.CreateAsync(client, GenerationRequests.Valid(modelId, creatorId,
            new { workId = works[0], score = 0.75 }, new { workId = works[1], score = 0.25 }));
        return (workId, modelId, creatorId, works);
    }
}
