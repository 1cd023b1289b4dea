using Npgsql;

namespace Market.Grains.Payouts;

/// <summary>
/// Keeps payout runs from overlapping anywhere in the cluster: a PostgreSQL session advisory lock,
/// held on its own connection for the run. A crashed silo's connection closes and frees it, so a
/// resumed run is never locked out by its dead predecessor. The connection comes from the store's
/// plain data source, which resets connections returned to its pool: Marten's connections skip that
/// reset (<c>No Reset On Close</c>) and would keep a lock whose release failed.
/// </summary>
internal sealed class PayoutRunGate : IAsyncDisposable
{
    // Any fixed 64-bit number works; this one spells nothing in particular and is used nowhere else.
    private const long LockKey = 0x4D6B_7450_6179_6F75;

    private readonly NpgsqlConnection _connection;

    private PayoutRunGate(NpgsqlConnection connection) => _connection = connection;

    /// <summary>The gate, or null when another run holds it.</summary>
    public static async Task<PayoutRunGate?> TryEnterAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select pg_try_advisory_lock($1)", connection) { Parameters = { new() { Value = LockKey } } };
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            return new PayoutRunGate(connection);
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await using (var command = new NpgsqlCommand("select pg_advisory_unlock($1)", _connection) { Parameters = { new() { Value = LockKey } } })
        {
            await command.ExecuteScalarAsync();
        }

        await _connection.DisposeAsync();
    }
}
