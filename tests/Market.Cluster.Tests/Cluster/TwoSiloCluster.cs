using System.Diagnostics;
using Market.Cluster.Tests.Processes;
using Market.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;

namespace Market.Cluster.Tests.Cluster;

/// <summary>
/// Two real silo processes on a fresh database, joined through the Marten membership table, and a
/// client connected through the same table; more silos can join it. Each test that stops or adds a silo needs its own.
/// </summary>
/// <param name="startingSilos">How many silos <see cref="InitializeAsync"/> starts (two unless a test adds them later).</param>
/// <param name="siloSettings">More environment settings for every silo (see <see cref="SiloSettings.More"/>).</param>
public sealed class TwoSiloCluster(int startingSilos = 2, IReadOnlyDictionary<string, string>? siloSettings = null) : IAsyncLifetime
{
    private const string ServiceId = "market-cluster-tests";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly List<SiloProcess> _silos = [];
    private readonly HttpClient _http = new();
    private TestDatabase? _database;
    private string _clusterId = "";
    private IHost? _clientHost;

    /// <summary>The client, connected to both silos' gateways.</summary>
    public IClusterClient Client => _clientHost?.Services.GetRequiredService<IClusterClient>()
        ?? throw new InvalidOperationException("The cluster is not started.");

    /// <summary>The client host's services (its Marten store reads the same database).</summary>
    public IServiceProvider ClientServices => _clientHost?.Services ?? throw new InvalidOperationException("The cluster is not started.");

    /// <summary>The cluster's database, for tests that look at (or hold) its tables directly.</summary>
    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("The cluster is not started.");

    /// <summary>The silo processes, in start order.</summary>
    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>From nothing to both silos active and the client connected.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            _database = await TestPostgres.CreateDatabaseAsync("cluster");
            _clusterId = $"cluster-{Guid.NewGuid():N}";
            // One after the other: two silos starting together on an empty database race to create the
            // schema (StoreSchemaInitializer), and the loser crashes on "relation ... already exists".
            for (var i = 0; i < startingSilos; i++)
            {
                await AddSiloAsync();
            }

            _clientHost = await ClusterClients.ConnectAsync(_database.ConnectionString, _clusterId, ServiceId, StartTimeout);
            await Eventually.Get(
                "every starting silo active in the cluster's view",
                () => ActiveSilosAsync(),
                active => active.Count == startingSilos,
                StartTimeout,
                Describe);
            StartupTime = clock.Elapsed;
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts one more silo process on the cluster's database and ids, and waits until it answers healthy.</summary>
    public async Task<SiloProcess> AddSiloAsync()
    {
        var ports = FreePorts.Take(3);
        var settings = new SiloSettings(
            _database!.ConnectionString, _clusterId, ServiceId, SiloPort: ports[0], GatewayPort: ports[1], HttpPort: ports[2], ProbeTimeoutSeconds: 1, siloSettings);
        var silo = SiloProcess.Start($"silo-{_silos.Count + 1}", settings);
        _silos.Add(silo);
        await silo.WaitUntilHealthyAsync(_http, StartTimeout);
        return silo;
    }

    /// <summary>The silos the cluster counts as active, as Orleans' management grain reports them.</summary>
    public async Task<IReadOnlyCollection<SiloAddress>> ActiveSilosAsync() =>
        (await Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Keys;

    /// <summary>The process behind <paramref name="address"/>.</summary>
    public SiloProcess ProcessOf(SiloAddress address) =>
        _silos.SingleOrDefault(silo => silo.Settings.SiloPort == address.Endpoint.Port)
        ?? throw new InvalidOperationException($"No silo of this test listens at {address}.\n{Describe()}");

    /// <summary>Every silo's state and last output lines, for failure messages.</summary>
    public string Describe() => string.Join(Environment.NewLine, _silos.Select(silo => silo.Describe()));

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        // The client goes first, while its gateways and the database still exist; the database last.
        try
        {
            if (_clientHost is not null)
            {
                using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _clientHost.StopAsync(stopping.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // A client that cannot say goodbye in time is disposed all the same.
        }
        finally
        {
            await DisposeClientAsync();
            foreach (var silo in _silos)
            {
                await silo.DisposeAsync();
            }

            _http.Dispose();
            if (_database is not null)
            {
                await _database.DisposeAsync();
                _database = null;
            }
        }
    }

    private async Task DisposeClientAsync()
    {
        if (_clientHost is IAsyncDisposable host)
        {
            await host.DisposeAsync();
        }

        _clientHost = null;
    }
}
