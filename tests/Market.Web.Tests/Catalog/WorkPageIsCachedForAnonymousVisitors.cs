using System.Net;
using Market.Web.Tests.Api;

namespace Market.Web.Tests.Catalog;

public sealed class WorkPageIsCachedForAnonymousVisitors(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task A_second_anonymous_visit_is_served_from_the_cache_and_no_visit_sets_a_cookie()
    {
        var id = await WorkAsync("Cached Harbour");
        using var visitor = app.Anonymous();

        using var first = await visitor.GetAsync($"/Works/{id}");
        using var second = await visitor.GetAsync($"/Works/{id}");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.Age.ShouldBeNull();
        first.Headers.Contains("Set-Cookie").ShouldBeFalse("a stored page must not hand one visitor's cookie to the next");
        var html = await first.Content.ReadAsStringAsync();
        html.ShouldContain("action=\"/Cart/Add\"");
        html.ShouldNotContain("__RequestVerificationToken");
        second.Headers.Age.ShouldNotBeNull("the output cache answers with an Age header");
        (await second.Content.ReadAsStringAsync()).ShouldBe(html);
    }

    [Fact]
    public async Task Each_tier_is_stored_apart_and_other_query_keys_do_not_split_the_cache()
    {
        var id = await WorkAsync("Cached Quay");
        using var visitor = app.Anonymous();

        var standard = await visitor.GetStringAsync($"/Works/{id}?tier=standard");
        using var personal = await visitor.GetAsync($"/Works/{id}?tier=personal");
        using var standardAgain = await visitor.GetAsync($"/Works/{id}?tier=standard&utm_source=probe");

        personal.Headers.Age.ShouldBeNull("another tier is another page");
        (await personal.Content.ReadAsStringAsync()).ShouldNotBe(standard);
        standardAgain.Headers.Age.ShouldNotBeNull("a query key the page does not read must not make a new entry");
        (await standardAgain.Content.ReadAsStringAsync()).ShouldBe(standard);
    }

    [Fact]
    public async Task A_consent_change_on_the_dashboard_evicts_the_cached_page()
    {
        using var owner = await SiteUser.RegisterAsync(app, "owner");
        using var withKey = app.WithKey(await owner.CreateApiKeyAsync());
        var id = await MarketApp.CreateWorkAsync(withKey, WorkRequests.Valid("Consent Probe Pier"));
        using var visitor = app.Anonymous();
        await visitor.GetStringAsync($"/Works/{id}");
        using var stored = await visitor.GetAsync($"/Works/{id}");
        stored.Headers.Age.ShouldNotBeNull();
        stored.Headers.GetValues("tdm-reservation").ShouldBe(["1"]);

        var saved = await owner.PostFormAsync($"/Dashboard/Consent/{id}", new()
        {
            ["GenerativeTraining"] = "notAllowed", ["NonGenerativeTraining"] = "notAllowed", ["DataMining"] = "allowed",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        using var after = await visitor.GetAsync($"/Works/{id}");
        after.Headers.Age.ShouldBeNull();
        after.Headers.GetValues("tdm-reservation").ShouldBe(["0"], "the page now says mining rights are not reserved");
    }

    [Fact]
    public async Task A_signed_in_visitor_sees_their_own_name_and_is_never_served_or_stores_a_cached_page()
    {
        var id = await WorkAsync("Cached Lighthouse");
        using var visitor = app.Anonymous();
        await visitor.GetStringAsync($"/Works/{id}");
        (await visitor.GetAsync($"/Works/{id}")).Headers.Age.ShouldNotBeNull();
        using var ann = await SiteUser.RegisterAsync(app, "ann");
        using var bob = await SiteUser.RegisterAsync(app, "bob");

        foreach (var (person, other) in new[] { (ann, bob), (bob, ann), (ann, bob) })
        {
            using var page = await person.Browser.GetAsync($"/Works/{id}");
            page.Headers.Age.ShouldBeNull($"{person.Email} was served a stored page");
            var html = await page.Content.ReadAsStringAsync();
            html.ShouldContain(person.Email);
            html.ShouldNotContain(other.Email);
        }

        using var anonymousAgain = await visitor.GetAsync($"/Works/{id}");
        anonymousAgain.Headers.Age.ShouldNotBeNull();
        var anonymousHtml = await anonymousAgain.Content.ReadAsStringAsync();
        anonymousHtml.ShouldContain("Log in");
        anonymousHtml.ShouldNotContain(ann.Email);
        anonymousHtml.ShouldNotContain(bob.Email);
    }

    private async Task<string> WorkAsync(string title)
    {
        var (_, key) = await app.CreateAccountAsync("artist");
        using var artist = app.WithKey(key);
        return await MarketApp.CreateWorkAsync(artist, WorkRequests.Valid(title));
    }
}
