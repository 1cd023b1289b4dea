using Marten;
using Npgsql;

namespace Market.Cluster.Tests.Cluster;

/// <summary>
/// The sandbox gateway's transfers as the silos stored them. Read with SQL: the client host's store
/// does not register the silos' alias for the document, so through it the same type maps to another table.
/// </summary>
public static class SandboxTransfers
{
    // The alias PayoutGatewayRegistration gives SandboxTransferDocument, in the store's schema.
    private const string TableName = "mt_doc_sandbox_transfer";

    /// <summary>One transfer: whom it paid and which run (transfer group) paid it.</summary>
    public sealed record Transfer(string Destination, string TransferGroup);

    /// <summary>The schema-qualified table the silos write transfers to.</summary>
    public static string Table(IDocumentStore store) => $"{store.Options.DatabaseSchemaName}.{TableName}";

    /// <summary>Every transfer made so far.</summary>
    public static async Task<IReadOnlyList<Transfer>> AllAsync(string connectionString, IDocumentStore store)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select data->>'Destination', data->>'TransferGroup' from {Table(store)}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var transfers = new List<Transfer>();
        while (await reader.ReadAsync())
        {
            transfers.Add(new Transfer(reader.GetString(0), reader.GetString(1)));
        }

        return transfers;
    }
}
