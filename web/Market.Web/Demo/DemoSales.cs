using Market.Payments.Sandbox;
using Market.Web.Orders;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Market.Web.Demo;

/// <summary>
/// The demo's sales, made once the site is listening: paying in the sandbox sends the signed event
/// to this site's own webhook, so the sales take the real fulfilment path.
/// </summary>
public sealed class DemoSales(
    IOptions<DemoOptions> options, IHostApplicationLifetime lifetime, IServer server, IServiceProvider services, ILogger<DemoSales> log) : BackgroundService
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the demo sales were made (or could not be): what a test of the demo waits for.</summary>
    public Task Finished => _finished.Task;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await SellAsync(stoppingToken);
        }
        finally
        {
            _finished.TrySetResult();
        }
    }

    private async Task SellAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Seed) return;
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null) return;
        var site = new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        var seeder = services.GetServices<IHostedService>().OfType<DemoSeeder>().Single();
        try
        {
            await DemoMarketplace.SeedSalesAsync(
                services.GetRequiredService<IGrainFactory>(), services.GetRequiredService<OrderPlacement>(),
                services.GetRequiredService<ISandboxCheckout>(), site, seeder.GeneratedPieces, stoppingToken);
            log.LogInformation("Demo sales paid through the sandbox checkout");
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException)
        {
            log.LogWarning(e, "Demo sales could not be made; the catalog is still usable");
        }
    }
}
