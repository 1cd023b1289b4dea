using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Market.Testing;

/// <summary>
/// A PostgreSQL cluster of a test's own, in a temporary folder, that the test may kill
/// (<c>pg_ctl stop -m immediate</c>: no checkpoint, WAL replayed at the next start) and start again.
/// Never the shared cluster: killing that would fail every other test running.
/// </summary>
public sealed class CrashablePostgres : IAsyncDisposable
{
    // The server binaries infra/pg.sh uses: Debian's, newest version first.
    private static readonly string Bin = Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl"))).Order(StringComparer.Ordinal).LastOrDefault() ?? ""
        : "";
    private readonly string _folder;
    private readonly int _port;

    private CrashablePostgres(string folder, int port)
    {
        _folder = folder;
        _port = port;
    }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>A connection string to <paramref name="database"/> on this cluster (superuser <c>market</c>, trusted on loopback).</summary>
    public string ConnectionString(string database = "postgres") => $"Host=127.0.0.1;Port={_port};Username=market;Database={database};Pooling=true";

    /// <summary>Initialises and starts a cluster (about 2–3 s), with one empty database named <paramref name="database"/>.</summary>
    public static async Task<CrashablePostgres> StartAsync(string database)
    {
        if (!File.Exists(Path.Combine(Bin, "pg_ctl"))) throw new InvalidOperationException("PostgreSQL server binaries are missing from /usr/lib/postgresql/*/bin: run infra/pg.sh start (it installs them) or apt-get install -y postgresql.");
        var folder = Directory.CreateTempSubdirectory("market-pg-").FullName;
        var cluster = new CrashablePostgres(folder, FreePort());
        Directory.CreateDirectory(Path.Combine(folder, "socket"));
        if (Environment.UserName == "root") await RunAsync("chown", "-R", "postgres:postgres", folder);
        await AsOwnerAsync("initdb", "-D", cluster.Data, "-A", "trust", "-U", "market", "-E", "UTF8", "--locale=C.UTF-8");
        await File.AppendAllTextAsync(Path.Combine(cluster.Data, "postgresql.conf"), $"""

            listen_addresses = '127.0.0.1'
            port = {cluster._port}
            unix_socket_directories = '{Path.Combine(folder, "socket")}'
            max_connections = 200
            shared_buffers = 64MB
            fsync = on
            synchronous_commit = on
            autovacuum = off
            """);
        await cluster.StartAsync();
        await using var connection = new NpgsqlConnection(cluster.ConnectionString());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
        return cluster;
    }

    /// <summary>Kills the server the way a power cut would, as far as PostgreSQL can tell.</summary>
    public Task CrashAsync() => AsOwnerAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    /// <summary>Starts the server (after a crash: recovers from the WAL first).</summary>
    public Task StartAsync() => AsOwnerAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await AsOwnerAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    // initdb and the server refuse to run as root: as root they run as the postgres user.
    private static Task AsOwnerAsync(string tool, params string[] arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(Bin, tool), .. arguments])
            : RunAsync(Path.Combine(Bin, tool), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
