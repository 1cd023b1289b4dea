using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Market.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Market.Web.Tests;

/// <summary>
/// Market as it runs: the web host with its co-hosted silo, on a real Kestrel port and its own
/// fresh database. One per test class; tests in a class share it.
/// </summary>
public sealed class MarketApp : IAsyncLifetime
{
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _ownsDatabase = true;
    private TestDatabase? _database;
    private WebApplicationFactory<Program>? _factory;

    /// <summary>The app as configured for every test.</summary>
    public MarketApp()
        : this(new Dictionary<string, string>())
    {
    }

    /// <summary>The app with extra settings (e.g. <c>Market:Payouts:HoldDays</c>); internal so xunit still sees one public constructor.</summary>
    internal MarketApp(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    /// <summary>The app on a database that outlives it (a restart is a second app on the same one); the caller drops it.</summary>
    internal MarketApp(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null)
        : this(settings ?? new Dictionary<string, string>())
    {
        _database = database;
        _ownsDatabase = false;
    }

    /// <summary>The app with extra settings and services replaced after the app's own (e.g. a clock for one service).</summary>
    internal MarketApp(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection> services) => (_settings, _services) = (settings, services);

    /// <summary>Largest upload the test app accepts, small so oversize files are cheap to send.</summary>
    public const long MaxFileBytes = 2_000_000;

    /// <summary>The admin API key the test app is configured with.</summary>
    public const string AdminKey = "mk_admin_for_tests_only";

    /// <summary>The key-encryption key the test app is configured with (32 bytes, base64).</summary>
    public const string KeyEncryptionKey = "bWFya2V0LXRlc3RzLWtleS1lbmNyeXB0aW9uLWtleSE=";

    /// <summary>The app's base address, e.g. http://127.0.0.1:34567.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The database the app writes to.</summary>
    public TestDatabase Database => _database!;

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => _factory!.Services;

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress };

    /// <summary>A client that sends <paramref name="apiKey"/> as a bearer token.</summary>
    public HttpClient WithKey(string apiKey)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
        return client;
    }

    /// <summary>Opens an account through the API and returns its id and key.</summary>
    public async Task<(string Id, string ApiKey)> CreateAccountAsync(params string[] roles)
    {
        using var client = Anonymous();
        var name = "acct" + Guid.NewGuid().ToString("N")[..8];
        var response = await client.PostAsJsonAsync("/api/v1/accounts", new { displayName = name, email = $"{name}@test.market", roles });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>())!;
        return (body["id"], body["apiKey"]);
    }

    /// <summary>Registers a work through the API and returns its id.</summary>
    public static async Task<string> CreateWorkAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/works", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _database ??= await TestPostgres.CreateDatabaseAsync("web");
        Start();
    }

    /// <summary>
    /// Stops the whole host — web server and silo — as a crash or a deploy would, then starts a fresh
    /// one on the same database; grains come back only with what they had written.
    /// <paramref name="whileStopped"/> runs in between (e.g. to move a clock while no silo is alive to notice the jump).
    /// </summary>
    public async Task RestartAsync(Action? whileStopped = null)
    {
        await _factory!.DisposeAsync();
        whileStopped?.Invoke();
        Start();
    }

    private void Start()
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseSetting("Market:Admin:ApiKey", AdminKey);
            web.UseSetting("Market:Store:ConnectionString", _database!.ConnectionString);
            web.UseSetting("Market:Secrets:KeyEncryptionKey", KeyEncryptionKey);
            web.UseSetting("Market:Cluster:ClusterId", "web-" + Guid.NewGuid().ToString("N")[..12]);
            web.UseSetting("Market:Cluster:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            web.UseSetting("Market:Cluster:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            web.UseSetting("Market:Uploads:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));

            // Served over plain HTTP: cookies cannot be Secure here (the secure default has its own tests).
            web.UseSetting("Market:Cookies:Secure", "false");

            // Tests fire jobs by hand: a cron firing mid-test would move money under the test's feet.
            web.UseSetting("Market:Schedules:Enabled", "false");
            foreach (var (key, value) in _settings) web.UseSetting(key, value);
            if (_services is { } replace) web.ConfigureTestServices(replace);
        });
        factory.UseKestrel();
        factory.StartServer();
        _factory = factory;
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        if (_database is not null && _ownsDatabase) await _database.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
