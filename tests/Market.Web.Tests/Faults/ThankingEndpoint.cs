using System.Net;
using System.Net.Sockets;

namespace Market.Web.Tests.Faults;

/// <summary>An HTTP endpoint that answers every request with 200 and does nothing else: somewhere for events a test delivers itself.</summary>
public sealed class ThankingEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();

    /// <summary>Starts listening on a free loopback port.</summary>
    public ThankingEndpoint()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/";
        }

        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(AnswerAsync);
    }

    /// <summary>Its address.</summary>
    public string Url { get; }

    /// <inheritdoc />
    public void Dispose() => _listener.Close();

    private async Task AnswerAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}
