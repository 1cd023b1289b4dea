using System.Net;
using System.Net.Sockets;

namespace Market.Cluster.Tests.Processes;

/// <summary>Ports nothing listens on right now, found by letting the system pick them.</summary>
public static class FreePorts
{
    /// <summary>
    /// <paramref name="count"/> distinct free loopback ports. All listeners stay open until every
    /// port is picked, so the system cannot hand out the same port twice.
    /// </summary>
    public static IReadOnlyList<int> Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(listener => listener.Start());
            return listeners.Select(listener => ((IPEndPoint)listener.LocalEndpoint).Port).ToList();
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }
}
