using System.Runtime.InteropServices;
using Market.Benchmarks.Cli;
using Market.Benchmarks.Hosting;

namespace Market.Benchmarks.Pages;

/// <summary>
/// <c>serve</c>: Market in this process with the minimal reference endpoint, until SIGTERM or SIGINT.
/// infra/bench.sh points wrk at the storefront pages and at <see cref="MinimalEndpoint.Path"/>.
/// </summary>
public static class ServeCommand
{
    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(Arguments options)
    {
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        await using var host = MarketHost.Start(options.Required("pg"), options.Flag("seed"), options.Whole("port", 0));
        Report.Note($"Market is serving at {host.BaseAddress} (minimal endpoint {MinimalEndpoint.Path}); SIGTERM stops it");
        Report.Line("serve", ("url", host.BaseAddress.ToString().TrimEnd('/')), ("pid", Report.Number(Environment.ProcessId)));
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            Report.Note("stopping");
        }

        return 0;
    }
}
