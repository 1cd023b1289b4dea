using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Market.Benchmarks.Hosting;

/// <summary>
/// Market as infra/run.sh runs it — its own Program, Production settings, co-hosted silo, real
/// Kestrel — but in this process, so a benchmark can add the minimal reference endpoint and play
/// Stripe's part through the sandbox's own services.
/// </summary>
public sealed class MarketHost : IAsyncDisposable
{
    // The configured factory runs the app; its parent owns it (disposing the parent disposes both).
    // Asking the parent for anything else would start a second, unconfigured app.
    private readonly WebApplicationFactory<Program> _parent;
    private readonly WebApplicationFactory<Program> _app;

    private MarketHost(WebApplicationFactory<Program> parent, WebApplicationFactory<Program> app, Uri baseAddress, string adminKey) =>
        (_parent, _app, BaseAddress, AdminKey) = (parent, app, baseAddress, adminKey);

    /// <summary>Where the app listens, e.g. http://127.0.0.1:5090.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The admin API key it was started with.</summary>
    public string AdminKey { get; }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts Market on database <paramref name="connectionString"/>, on <paramref name="port"/> (0: any free port).</summary>
    public static MarketHost Start(string connectionString, bool seed, int port = 0)
    {
        var adminKey = "mk_admin_bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        // The factory finds the app's content root (web/Market.Web) through a manifest it reads from
        // the current directory; the build puts that manifest beside this program.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var factory = new WebApplicationFactory<Program>();
        var configured = factory.WithWebHostBuilder(web =>
        {
            web.UseEnvironment(Environments.Production);
            web.UseSetting("Market:Payments:Mode", "sandbox");
            web.UseSetting("urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
            web.UseSetting("Market:Store:ConnectionString", connectionString);
            web.UseSetting("Market:Admin:ApiKey", adminKey);
            web.UseSetting("Market:Secrets:KeyEncryptionKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            web.UseSetting("Market:Demo:Seed", seed ? "true" : "false");
            web.UseSetting("Market:Cluster:ClusterId", "bench-" + Guid.NewGuid().ToString("N")[..12]);
            web.UseSetting("Market:Cluster:SiloPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
            web.UseSetting("Market:Cluster:GatewayPort", FreePorts.Next().ToString(CultureInfo.InvariantCulture));
            web.ConfigureServices(services => services.AddSingleton<IStartupFilter, MinimalEndpoint>());
        });
        configured.UseKestrel();
        configured.StartServer();
        var address = configured.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new MarketHost(factory, configured, new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)), adminKey);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _parent.DisposeAsync();
}
