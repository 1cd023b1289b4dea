using System.Net;

namespace Market.Web.Tests.Security;

/// <summary>Market with an API ceiling of 20 requests a minute per caller, so a test can reach it.</summary>
public sealed class LowApiLimitApp : IAsyncLifetime
{
    /// <summary>The app.</summary>
    public MarketApp App { get; } = new(new Dictionary<string, string> { ["Market:RateLimits:ApiPerMinute"] = "20" });

    /// <inheritdoc />
    public Task InitializeAsync() => App.InitializeAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => App.DisposeAsync();
}

public sealed class ApiRateLimitTests(LowApiLimitApp fixture) : IClassFixture<LowApiLimitApp>
{
    [Fact]
    public async Task ACallerOverTheApiLimitGets429WhileAnotherCallerIsServed()
    {
        var app = fixture.App;
        var (_, key) = await app.CreateAccountAsync("buyer");   // the anonymous address's first call
        using var busy = app.WithKey(key);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 22; i++) statuses.Add((await busy.GetAsync("/api/v1/catalog")).StatusCode);

        statuses.Take(20).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(20).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        using var other = app.Anonymous();
        (await other.GetAsync("/api/v1/catalog")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
