using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Market.Hosting.Telemetry;

/// <summary>OpenTelemetry for every Market process: ASP.NET Core, Orleans, Npgsql and Market's own meters.</summary>
public static class TelemetryHostingExtensions
{
    /// <summary>Orleans' and Npgsql's sources and meters, and Market's (<c>Market.*</c>), by name.</summary>
    public static readonly string[] ActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application", "Npgsql", "Market.*"];

    /// <inheritdoc cref="ActivitySources"/>
    public static readonly string[] Meters = ["Microsoft.Orleans", "Npgsql", "Market.*"];

    /// <summary>Adds traces and metrics with the exporters <see cref="TelemetryOptions"/> asks for.</summary>
    public static IHostApplicationBuilder AddMarketTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new();
        OptionsGuard.Validate(options, TelemetryOptions.SectionName);
        var otlp = options.OtlpEndpoint ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var telemetry = builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(serviceName));
        // Traces only when something receives them: a tracer provider with no exporter still samples and
        // builds an Activity for every request, grain call and Npgsql command (about 7 % of a paid order's CPU).
        if (options.Console == "all" || !string.IsNullOrEmpty(otlp))
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddSource(ActivitySources);
                if (options.Console == "all") tracing.AddConsoleExporter();
                if (!string.IsNullOrEmpty(otlp)) tracing.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            });
        }

        telemetry.WithMetrics(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation().AddMeter(Meters);
            if (options.Console != "none")
            {
                metrics.AddConsoleExporter((_, reader) =>
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = options.ConsoleMetricsIntervalSeconds * 1000);
            }

            if (!string.IsNullOrEmpty(otlp)) metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
        });
        return builder;
    }
}
