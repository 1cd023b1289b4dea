using System.Net;
using System.Net.Http.Json;
using Market.Web.Tests.Api;

namespace Market.Web.Tests.Catalog;

public sealed class CatalogPageIsCachedForAnonymousVisitors(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task A_second_anonymous_visit_is_served_from_the_cache()
    {
        using var visitor = app.Anonymous();

        using var first = await visitor.GetAsync("/?q=cache-probe-one");
        using var second = await visitor.GetAsync("/?q=cache-probe-one");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.Age.ShouldBeNull();
        second.Headers.Age.ShouldNotBeNull("the output cache answers with an Age header");
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_work_registered_after_the_page_was_cached_shows_at_once()
    {
        using var visitor = app.Anonymous();
        (await visitor.GetStringAsync("/")).ShouldNotContain("Cached Meridian");
        var (_, key) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(key);

        await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid("Cached Meridian"));

        (await visitor.GetStringAsync("/")).ShouldContain("Cached Meridian");
    }

    [Fact]
    public async Task A_consent_change_evicts_the_cached_page()
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(key);
        var id = await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid("Consent Probe Lagoon"));
        using var visitor = app.Anonymous();
        await visitor.GetStringAsync("/?q=lagoon");
        (await visitor.GetAsync("/?q=lagoon")).Headers.Age.ShouldNotBeNull();

        var changed = await artist.PutAsJsonAsync($"/api/v1/works/{id}/consent", new { generativeTraining = "notAllowed", nonGenerativeTraining = "notAllowed", dataMining = "notAllowed" });

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync("/?q=lagoon")).Headers.Age.ShouldBeNull();
    }

    [Fact]
    public async Task A_caller_with_credentials_is_never_served_the_cached_page()
    {
        using var visitor = app.Anonymous();
        await visitor.GetStringAsync("/?q=cache-probe-two");
        var (_, key) = await app.CreateAccountAsync("buyer");
        using var signedIn = app.WithKey(key);

        using var answer = await signedIn.GetAsync("/?q=cache-probe-two");

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        answer.Headers.Age.ShouldBeNull();
    }
}
