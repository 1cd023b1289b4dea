using System.Net;

namespace Market.Web.Tests;

public sealed class HealthTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task HealthIsReadyOnceTheSiloHasJoinedAndPostgresAnswers()
    {
        using var client = app.Anonymous();
        var response = await client.GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }
}
