using Marten;
using Market.Store;
using Market.Store.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Market.Benchmarks.Imports;

/// <summary>
/// Plants catalog entries for the import to check, standing in for a million registrations: the
/// catalog row of one work registered through the API is cloned inside PostgreSQL by one
/// INSERT … SELECT over generate_series, with only the id changed (in the column and in the JSON).
/// </summary>
public static class CatalogPlanter
{
    /// <summary>Clones <paramref name="templateId"/>'s entry as <c>{prefix}0000000</c> onwards, <paramref name="count"/> times.</summary>
    public static async Task PlantAsync(string connectionString, string templateId, string prefix, int count)
    {
        var table = await CatalogTableAsync(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var others = await OtherColumnsAsync(connection, table);
        const string Id = "$2 || lpad(g::text, 7, '0')";
        await using var clone = new NpgsqlCommand(
            $"INSERT INTO {table} (id, data{string.Concat(others.Select(c => ", " + c))}) " +
            $"SELECT {Id}, replace(t.data::text, '\"' || $1 || '\"', '\"' || {Id} || '\"')::jsonb{string.Concat(others.Select(c => ", t." + c))} " +
            $"FROM {table} t, generate_series(0, $3 - 1) g WHERE t.id = $1", connection)
        {
            CommandTimeout = 1200,
            Parameters = { new NpgsqlParameter { Value = templateId }, new NpgsqlParameter { Value = prefix }, new NpgsqlParameter { Value = count } },
        };
        var planted = await clone.ExecuteNonQueryAsync();
        if (planted != count) throw new InvalidOperationException($"Planted {planted} catalog entries instead of {count}: is '{templateId}' in {table}?");
    }

    // The table as Market's own Marten mapping names it; nothing here talks to the database.
    private static async Task<string> CatalogTableAsync(string connectionString)
    {
        await using var services = new ServiceCollection().AddLogging().AddMarketStore(new MarketStoreOptions { ConnectionString = connectionString }).BuildServiceProvider();
        return services.GetRequiredService<IDocumentStore>().Options.FindOrResolveDocumentType(typeof(CatalogEntry)).TableName.QualifiedName;
    }

    // Marten's metadata columns (version, type, timestamps) are copied from the template as they are.
    private static async Task<List<string>> OtherColumnsAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand(
            "SELECT quote_ident(attname) FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attname NOT IN ('id', 'data')",
            connection)
        {
            Parameters = { new NpgsqlParameter { Value = table } },
        };
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        return columns;
    }
}
