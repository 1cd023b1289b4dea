using JasperFx;
using Marten;
using Market.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Market.Payments.Tests.Sandbox;

/// <summary>Sandbox tests share one database and one fake site; they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<SandboxFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "sandbox";
}

/// <summary>
/// A database with the payments documents, Market's payments in sandbox mode on it, and a fake of
/// the site (its <c>/webhooks/stripe</c>) that records what the sandbox posts.
/// </summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private ServiceProvider? _services;

    /// <summary>The site the buyer checks out on.</summary>
    public WireMockServer Site { get; } = WireMockServer.Start();

    /// <summary>The fake site's webhook, where the sandbox is configured to post its events.</summary>
    public string WebhookUrl => Site.Url + PaymentRoutes.Webhook;

    /// <summary>Every webhook post the site received.</summary>
    public IReadOnlyList<ILogEntry> WebhookPosts => [.. Site.LogEntries.Where(e => e.RequestMessage.Path == PaymentRoutes.Webhook)];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync("payments");
        // Events go where configuration says, never to the checkout's site: here both are the fake site.
        _services = await CreateServicesAsync(_database.ConnectionString, new Dictionary<string, string?> { ["Stripe:SandboxWebhookUrl"] = WebhookUrl });
        AnswerWebhooks(200);
    }

    /// <summary>A resolved service of the sandbox node.</summary>
    public T Get<T>()
        where T : notnull => _services!.GetRequiredService<T>();

    /// <summary>From now on the site answers webhooks with <paramref name="status"/>.</summary>
    public void AnswerWebhooks(int status)
    {
        Site.ResetMappings();
        Site.Given(Request.Create().WithPath(PaymentRoutes.Webhook).UsingPost()).RespondWith(Response.Create().WithStatusCode(status));
    }

    /// <summary>The posts whose event concerns <paramref name="orderId"/>.</summary>
    public IReadOnlyList<ILogEntry> PostsFor(string orderId) =>
        [.. WebhookPosts.Where(e => e.RequestMessage.Body?.Contains($"\"orderId\":\"{orderId}\"", StringComparison.Ordinal) == true)];

    /// <summary>A sandbox node on <paramref name="connectionString"/>, its schema applied.</summary>
    public static async Task<ServiceProvider> CreateServicesAsync(string connectionString, IDictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = "market";
                options.AutoCreateSchemaObjects = AutoCreate.All;
            })
            .UseLightweightSessions();
        services.AddMarketPayments(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return provider;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Site.Stop();
        Site.Dispose();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
