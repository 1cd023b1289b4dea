using System.Net;
using System.Net.Http.Json;

namespace Market.Web.Tests.Api;

public sealed class AccountRateLimitTests(MarketApp app) : IClassFixture<MarketApp>
{
    [Fact]
    public async Task TheThirtyFirstAccountInAMinuteFromOneAddressGets429()
    {
        using var client = app.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/accounts", new { displayName = $"n{i}", email = $"n{i}@rate.test", roles = new[] { "buyer" } });
            statuses.Add(response.StatusCode);
        }

        statuses.Take(30).ShouldAllBe(s => s == HttpStatusCode.Created);
        statuses[30].ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
