namespace Market.Cluster.Tests.Processes;

/// <summary>What one silo process is told through its environment; <c>More</c> adds to (and wins over) the defaults.</summary>
public sealed record SiloSettings(
    string ConnectionString,
    string ClusterId,
    string ServiceId,
    int SiloPort,
    int GatewayPort,
    int HttpPort,
    int ProbeTimeoutSeconds,
    IReadOnlyDictionary<string, string>? More = null)
{
    /// <summary>Where the silo answers <c>/health</c>.</summary>
    public Uri HealthUri => new($"http://127.0.0.1:{HttpPort}/health");

    /// <summary>The settings as environment variables the silo's configuration reads.</summary>
    public IReadOnlyDictionary<string, string> Environment()
    {
        var environment = Defaults();
        foreach (var (key, value) in More ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return environment;
    }

    private Dictionary<string, string> Defaults() => new()
    {
        ["Market__Store__ConnectionString"] = ConnectionString,
        // Every silo of a cluster shares the key that encrypts the stored signing keys.
        ["Market__Secrets__KeyEncryptionKey"] = "Y2x1c3Rlci10ZXN0cy1rZXktZW5jcnlwdGlvbi1rZXk=",
        ["Market__Cluster__ClusterId"] = ClusterId,
        ["Market__Cluster__ServiceId"] = ServiceId,
        ["Market__Cluster__SiloPort"] = $"{SiloPort}",
        ["Market__Cluster__GatewayPort"] = $"{GatewayPort}",
        ["Market__Cluster__AdvertisedAddress"] = "127.0.0.1",
        ["Market__Cluster__ProbeTimeoutSeconds"] = $"{ProbeTimeoutSeconds}",
        // The process runs as Production, which needs the sandbox chosen explicitly without a Stripe key.
        ["Market__Payments__Mode"] = "sandbox",
        // Not ASPNETCORE_URLS: the silo's appsettings.json sets "Urls", which is read after (and so
        // wins over) ASPNETCORE_-prefixed variables. Plain environment variables come last and win.
        ["Urls"] = $"http://127.0.0.1:{HttpPort}",
        // A metrics dump is hundreds of lines: it would push the membership lines out of the output tail.
        ["Market__Telemetry__Console"] = "none",
        // Membership changes are what a failure here is usually about; one line each keeps the tail readable.
        ["Logging__LogLevel__Orleans.Runtime.MembershipService"] = "Information",
        ["Logging__Console__FormatterName"] = "simple",
        ["Logging__Console__FormatterOptions__SingleLine"] = "true",
        ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ",
    };
}
