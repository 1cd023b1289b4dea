using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Market.Web.Tests.Api;

public sealed class ConsentTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task AnOwnerChangesConsentAndEveryChangeIsKeptWithItsActor()
    {
        var (artistId, key) = await app.CreateAccountAsync("artist");
        using var client = app.WithKey(key);
        var id = await MarketApp.CreateWorkAsync(client, WorkRequests.Valid());

        var response = await client.PutAsJsonAsync($"/api/v1/works/{id}/consent",
            new { generativeTraining = "constrained", nonGenerativeTraining = "allowed", dataMining = "allowed", minimumPoolPpm = 300_000 });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("consent").GetProperty("generativeTraining").GetString().ShouldBe("constrained");
        var history = body.GetProperty("history").EnumerateArray().ToList();
        history.Count.ShouldBe(2);
        history[1].GetProperty("actorId").GetString().ShouldBe(artistId);
        var work = await client.GetFromJsonAsync<JsonElement>($"/api/v1/works/{id}");
        work.GetProperty("consent").GetProperty("minimumPoolPpm").GetInt64().ShouldBe(300_000);
    }

    [Fact]
    public async Task SomeoneElseCannotChangeAWorksConsent()
    {
        var (_, ownerKey) = await app.CreateAccountAsync("artist");
        var (_, otherKey) = await app.CreateAccountAsync("artist");
        using var owner = app.WithKey(ownerKey);
        var id = await MarketApp.CreateWorkAsync(owner, WorkRequests.Valid());
        using var other = app.WithKey(otherKey);

        var response = await other.PutAsJsonAsync($"/api/v1/works/{id}/consent", new { generativeTraining = "allowed", nonGenerativeTraining = "allowed", dataMining = "allowed" });

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.GetFromJsonAsync<JsonElement>($"/api/v1/works/{id}")).GetProperty("consent").GetProperty("dataMining").GetString().ShouldBe("notAllowed");
    }

    [Fact]
    public async Task AConstrainedUseWithoutAMinimumIsRefusedByField()
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var client = app.WithKey(key);
        var id = await MarketApp.CreateWorkAsync(client, WorkRequests.Valid());

        var response = await client.PutAsJsonAsync($"/api/v1/works/{id}/consent", new { generativeTraining = "constrained", nonGenerativeTraining = "notAllowed", dataMining = "maybe" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("consent.minimumPoolPpm", out _).ShouldBeTrue();
        errors.TryGetProperty("consent.dataMining", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task TdmRepReservesEverythingButWorksWhoseArtistsAllowedMining()
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var client = app.WithKey(key);
        var reserved = await MarketApp.CreateWorkAsync(client, WorkRequests.Valid());
        var open = await MarketApp.CreateWorkAsync(client, WorkRequests.Valid());
        await client.PutAsJsonAsync($"/api/v1/works/{open}/consent", new { generativeTraining = "notAllowed", nonGenerativeTraining = "notAllowed", dataMining = "allowed" });

        var rules = (await client.GetFromJsonAsync<JsonElement>("/.well-known/tdmrep.json")).EnumerateArray().ToList();

        rules.ShouldContain(r => r.GetProperty("location").GetString() == $"/Works/{open}" && r.GetProperty("tdm-reservation").GetInt32() == 0);
        rules.ShouldNotContain(r => r.GetProperty("location").GetString()!.Contains(reserved, StringComparison.Ordinal));
        rules[^1].GetProperty("location").GetString().ShouldBe("/*");
        rules[^1].GetProperty("tdm-reservation").GetInt32().ShouldBe(1);
        await TheLinkedPolicyIsAnOfferToMineAgainstCompensation(client, rules[^1].GetProperty("tdm-policy").GetString()!);
        var page = await client.GetAsync($"/Works/{reserved}");
        page.Headers.GetValues("tdm-reservation").ShouldBe(["1"]);
        var openPage = await client.GetAsync($"/Works/{open}");
        openPage.Headers.GetValues("tdm-reservation").ShouldBe(["0"]);
    }

    // TDMRep profile of ODRL: an Offer with the tdmrep profile whose every action is tdm:mine.
    private static async Task TheLinkedPolicyIsAnOfferToMineAgainstCompensation(HttpClient client, string policyUrl)
    {
        var answer = await client.GetAsync(new Uri(policyUrl).PathAndQuery);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
        var policy = await answer.Content.ReadFromJsonAsync<JsonElement>();
        policy.GetProperty("@type").GetString().ShouldBe("Offer");
        policy.GetProperty("profile").GetString().ShouldBe("http://www.w3.org/ns/tdmrep");
        policy.GetProperty("uid").GetString().ShouldBe(policyUrl);
        var permission = policy.GetProperty("permission")[0];
        permission.GetProperty("action").GetString().ShouldBe("tdm:mine");
        permission.GetProperty("duty")[0].GetProperty("action").GetString().ShouldBe("compensate");
    }
}
