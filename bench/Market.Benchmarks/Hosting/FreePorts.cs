using System.Net;
using System.Net.Sockets;

namespace Market.Benchmarks.Hosting;

/// <summary>
/// Ports nobody listens on. A second silo on ports already in use does not fail: it silently joins
/// whatever listens there (RECIPES, Orleans 10), so every silo the benchmarks start gets fresh ones.
/// </summary>
public static class FreePorts
{
    /// <summary>A loopback port that was free a moment ago.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
