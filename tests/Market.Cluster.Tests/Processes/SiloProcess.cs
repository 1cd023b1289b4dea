using System.Diagnostics;
using System.Net;

namespace Market.Cluster.Tests.Processes;

/// <summary>
/// One real <c>Market.Silo</c> process. Its output is kept (the tail) for failure messages; disposing
/// kills it whatever state it is in.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(20);
    private readonly Process _process;
    private readonly OutputTail _output = new(capacity: 80);
    private bool _disposed;

    private SiloProcess(string name, SiloSettings settings)
    {
        Name = name;
        Settings = settings;
        var start = new ProcessStartInfo(SiloBinary.DotnetHost)
        {
            WorkingDirectory = System.IO.Path.GetDirectoryName(SiloBinary.Path)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(SiloBinary.Path);
        foreach (var (key, value) in settings.Environment())
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    /// <summary>A name for messages: which of the test's silos this is.</summary>
    public string Name { get; }

    /// <summary>What the silo was started with (its ports among them).</summary>
    public SiloSettings Settings { get; }

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts the silo; it joins the cluster in the background (see <see cref="WaitUntilHealthyAsync"/>).</summary>
    public static SiloProcess Start(string name, SiloSettings settings)
    {
        var silo = new SiloProcess(name, settings);
        silo._process.Start();
        RunningSilos.Add(silo._process);
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Waits until <c>/health</c> answers 200: the silo is active in the cluster and PostgreSQL answers.</summary>
    public async Task WaitUntilHealthyAsync(HttpClient http, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        var last = "no answer yet";
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} before it was healthy.\n{Describe()}");
            }

            try
            {
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                using var response = await http.GetAsync(Settings.HealthUri, attempt.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(attempt.Token)}";
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                last = e.Message;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException($"{Name} was not healthy within {timeout.TotalSeconds} s (last: {last}).\n{Describe()}");
    }

    /// <summary>Sends SIGTERM and waits for the silo to leave the cluster and exit.</summary>
    public async Task TerminateAsync()
    {
        PosixSignals.Terminate(_process.Id);
        await WaitForExitAsync("after SIGTERM");
    }

    /// <summary>Kills the silo outright, as a crash or an OOM kill would: it tells the cluster nothing.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await WaitForExitAsync("after SIGKILL");
    }

    /// <summary>Name, ports, state and the last lines of output, for failure messages.</summary>
    public string Describe()
    {
        var state = _disposed ? "disposed" : _process.HasExited ? $"exited with code {_process.ExitCode}" : "running";
        return $"--- {Name} (silo port {Settings.SiloPort}, gateway {Settings.GatewayPort}, http {Settings.HttpPort}) {state}; last output:\n{_output}";
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(ExitTimeout);
                await _process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or not reaped in time: there is nothing more a test can do about it.
        }
        finally
        {
            RunningSilos.Remove(_process);
            _disposed = true;
            _process.Dispose();
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Add(line);
        }
    }

    private async Task WaitForExitAsync(string after)
    {
        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} did not exit within {ExitTimeout.TotalSeconds} s {after}.\n{Describe()}");
        }
    }
}
