using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Market.Web.Tests.Security;

/// <summary>
/// Every log entry the app writes, as text: the formatted message, each structured value and the whole
/// exception (message, inner exceptions, stack). Added as one more logger provider, so it sees what the
/// console and any log shipper would see.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    /// <summary>Settings that turn logging up to Debug everywhere, as an operator chasing a problem would (appsettings quiets some categories).</summary>
    public static IReadOnlyDictionary<string, string> DebugEverywhere { get; } =
        new[] { "Default", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Orleans", "Marten", "Polly" }
            .ToDictionary(category => $"Logging:LogLevel:{category}", _ => "Debug");

    /// <summary>What was written so far.</summary>
    public IReadOnlyCollection<string> Entries => _entries;

    /// <summary>Adds the capture to the app's logging.</summary>
    public void AddTo(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(this);

    /// <summary>The entries that contain <paramref name="secret"/>.</summary>
    public IReadOnlyList<string> Containing(string secret) => _entries.Where(e => e.Contains(secret, StringComparison.Ordinal)).ToList();

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            entries.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
