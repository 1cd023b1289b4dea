using Market.Payments.Payouts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Market.Payments.Tests.StripeApi;

/// <summary>
/// A local HTTP fake of Stripe's API and Market's payments in Stripe mode pointed at it, so calls go
/// through Stripe.net's real client: encoding, headers, retries and error parsing included.
/// </summary>
internal sealed class StripeFake : IDisposable
{
    public const string SecretKey = "sk_test_market";
    public const string WebhookSecret = "whsec_test_market";

    private readonly ServiceProvider _services;

    public StripeFake(int maxNetworkRetries = 0, int requestTimeoutSeconds = 80)
    {
        Server = WireMockServer.Start();
        var settings = new Dictionary<string, string?>
        {
            ["Stripe:SecretKey"] = SecretKey,
            ["Stripe:WebhookSecret"] = WebhookSecret,
            ["Stripe:ApiBase"] = Server.Url,
            ["Stripe:MaxNetworkRetries"] = maxNetworkRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Stripe:RequestTimeoutSeconds"] = requestTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection().AddLogging().AddMarketPayments(configuration).AddMarketPayoutGateways().BuildServiceProvider();
    }

    public WireMockServer Server { get; }

    public IReadOnlyList<ILogEntry> Requests => [.. Server.LogEntries];

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with <paramref name="status"/> and a JSON body.</summary>
    public void Answer(string method, string path, int status, string json) =>
        Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(json));

    /// <summary>Answers the balance read before every transfer with <paramref name="availableMinor"/> available (plenty by default).</summary>
    public void Balance(long availableMinor = 1_000_000_000) =>
        Answer("GET", "/v1/balance", 200, $$"""{"object": "balance", "livemode": false, "available": [{"amount": {{availableMinor}}, "currency": "usd"}], "pending": []}""");

    /// <summary>Answers the look-up before every refund: the payment has no refunds yet.</summary>
    public void NoRefundsYet() =>
        Answer("GET", "/v1/refunds", 200, """{"object": "list", "url": "/v1/refunds", "has_more": false, "data": []}""");

    public void Dispose()
    {
        _services.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
