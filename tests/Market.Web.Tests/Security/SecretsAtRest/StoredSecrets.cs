using System.Security.Cryptography;
using Market.Store.Secrets;
using Npgsql;

namespace Market.Web.Tests.Security.SecretsAtRest;

/// <summary>The rows that hold Market's secrets, read as stored: what a copy of the database would give away.</summary>
internal static class StoredSecrets
{
    public const string SigningKeys = "market.mt_doc_platform_signing_key";
    public const string CookieKeys = "market.mt_doc_dataprotectionkeydocument";

    /// <summary>The test apps' key-encryption key.</summary>
    public static KeyEncryptionKey TestKek => KeyEncryptionKey.From(new SecretsOptions { KeyEncryptionKey = MarketApp.KeyEncryptionKey });

    /// <summary>Another key, as a deployment that lost or mixed up its key would start with.</summary>
    public static string OtherKek() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Every row of <paramref name="table"/>, its JSON as text.</summary>
    public static async Task<IReadOnlyList<string>> RowsAsync(MarketApp app, string table)
    {
        await using var connection = new NpgsqlConnection(app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select data::text from {table}", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>The exception chain of a failed start as one text, to look for the message that explains it.</summary>
    public static async Task<string> StartFailureAsync(MarketApp app)
    {
        var failure = await Should.ThrowAsync<Exception>(app.InitializeAsync);
        return failure.ToString();
    }
}
