using Marten;
using Marten.Storage;
using Npgsql;

namespace Market.Store.Ledger;

/// <summary>Plain connections to the store's database, for the set-based SQL Marten's LINQ does not express (sums, anti-joins).</summary>
internal static class LedgerConnections
{
    public static async Task<NpgsqlConnection> OpenLedgerConnectionAsync(this IDocumentStore store, CancellationToken cancellationToken)
    {
        var connection = store.Storage.Database.CreateConnection(ConnectionUsage.Read);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
