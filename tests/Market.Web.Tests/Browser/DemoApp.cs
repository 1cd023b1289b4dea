using Market.Web.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Market.Web.Tests.Browser;

/// <summary>Market seeded with the demo catalog, as <c>infra/run.sh</c> starts it: artists, works, two sealed models, generated pieces, sandbox sales.</summary>
public sealed class DemoApp : IAsyncLifetime
{
    /// <summary>The app.</summary>
    /// <remarks>
    /// Every journey signs people up and in from 127.0.0.1 on this one app, more than the sign-in limit's 10 a
    /// minute when they run close together; the limit itself is tested on an app of its own (LoginFloodTests).
    /// </remarks>
    public MarketApp App { get; } = new(new Dictionary<string, string> { ["Market:Demo:Seed"] = "true", ["Market:RateLimits:SignInPerMinute"] = "1000" });

    /// <summary>Waits until the demo's sandbox sales have been paid and fulfilled.</summary>
    public Task SalesMadeAsync() =>
        App.Services.GetServices<IHostedService>().OfType<DemoSales>().Single().Finished.WaitAsync(TimeSpan.FromSeconds(60));

    /// <inheritdoc />
    public Task InitializeAsync() => App.InitializeAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => App.DisposeAsync();
}

/// <summary>The browser journeys and the accessibility check share one demo site and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class DemoSite : ICollectionFixture<DemoApp>, ICollectionFixture<BrowserSession>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "demo site";
}
