using System.Net;

namespace Market.Web.Tests.Security;

/// <summary>Market with low API and report ceilings (20 and 5 a minute), in a limiter of its own.</summary>
public sealed class LowLimitsApp : IAsyncLifetime
{
    /// <summary>The app.</summary>
    public MarketApp App { get; } = new(new Dictionary<string, string>
    {
        ["Market:RateLimits:ApiPerMinute"] = "20",
        ["Market:RateLimits:ReportsPerMinute"] = "5",
    });

    /// <inheritdoc />
    public Task InitializeAsync() => App.InitializeAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => App.DisposeAsync();
}

public sealed class UnknownKeysShareTheirAddressBucket(LowLimitsApp fixture) : IClassFixture<LowLimitsApp>
{
    [Fact]
    public async Task RandomBearerStringsCountAgainstTheAddressWhileAKnownKeyKeepsItsOwnBucket()
    {
        var app = fixture.App;
        var (_, key) = await app.CreateAccountAsync("buyer");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            using var stranger = app.WithKey("mk_" + Guid.NewGuid().ToString("N"));
            statuses.Add((await stranger.GetAsync("/api/v1/catalog")).StatusCode);
        }

        // The address had already opened the account: at most 19 strangers are served, then every one is refused.
        statuses.Count(s => s != HttpStatusCode.TooManyRequests).ShouldBeLessThanOrEqualTo(19);
        statuses.SkipWhile(s => s != HttpStatusCode.TooManyRequests).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        statuses[^1].ShouldBe(HttpStatusCode.TooManyRequests);
        using var known = app.WithKey(key);
        (await known.GetAsync("/api/v1/catalog")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Anonymous().GetAsync("/api/v1/catalog")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task TheTransparencyReportIsRateLimitedPerAddress()
    {
        using var reader = fixture.App.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++) statuses.Add((await reader.GetAsync("/Reports/Transparency")).StatusCode);

        statuses.Take(5).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(5).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }
}
