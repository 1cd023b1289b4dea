using System.Diagnostics.Metrics;

namespace Market.Benchmarks.Orders;

/// <summary>
/// Counts the Npgsql operations this process runs while counting is on: every command or batch
/// executed, each one round trip to PostgreSQL (its <c>BEGIN</c> and the pool's <c>DISCARD ALL</c>
/// travel with it). Read from Npgsql's own metric <c>db.client.operation.duration</c>, recorded once
/// per execution. Transaction control Npgsql sends by itself (<c>COMMIT</c>, <c>ROLLBACK</c>,
/// savepoints) is not an operation there, though each is a round trip: <see cref="StatementCalls"/>
/// counts those.
/// </summary>
public sealed class NpgsqlOperations : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _count;
    private volatile bool _counting;

    /// <summary>Starts listening (not yet counting).</summary>
    public NpgsqlOperations()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Npgsql" && instrument.Name == "db.client.operation.duration") listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((_, _, _, _) =>
        {
            if (_counting) Interlocked.Increment(ref _count);
        });
        _listener.Start();
    }

    /// <summary>Counts from now on.</summary>
    public void Start() => _counting = true;

    /// <summary>Stops counting; returns the operations counted.</summary>
    public long Stop()
    {
        _counting = false;
        return Interlocked.Read(ref _count);
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();
}
