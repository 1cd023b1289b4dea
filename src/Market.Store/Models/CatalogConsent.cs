using System.Text.Json;
using Marten;
using Market.Domain.Catalog;
using Market.Store.Catalog;
using Npgsql;
using Weasel.Core;

namespace Market.Store.Models;

/// <summary>What a training-set check needs to know of a work: its generative-training consent and origin.</summary>
public sealed record CatalogConsent(string WorkId, string GenerativeTraining, long? MinimumPoolPpm, string? ModelId);

/// <summary>
/// SQL over the catalog documents' table, so consent can be joined to a batch of ids or to a whole
/// training set in one statement. Table and field names come from Marten's own mapping. A LINQ
/// query instead costs a round trip per batch and builds and parses a JSON object per row: several
/// times slower on a million contributions.
/// </summary>
public sealed class CatalogConsentSql
{
    private readonly string _consent;
    private readonly string _minimum;
    private readonly string _model;

    /// <summary>Reads the mapping of <see cref="CatalogEntry"/> from <paramref name="store"/>.</summary>
    public CatalogConsentSql(IDocumentStore store)
    {
        Table = store.Options.FindOrResolveDocumentType(typeof(CatalogEntry)).TableName.QualifiedName;
        var casing = store.Options.Serializer().Casing;
        string Field(string name) => casing switch
        {
            Casing.CamelCase => JsonNamingPolicy.CamelCase.ConvertName(name),
            Casing.SnakeCase => JsonNamingPolicy.SnakeCaseLower.ConvertName(name),
            _ => name,
        };
        (_consent, _minimum, _model) = (Field(nameof(CatalogEntry.GenerativeTraining)), Field(nameof(CatalogEntry.MinimumPoolPpm)), Field(nameof(CatalogEntry.ModelId)));
    }

    /// <summary>The catalog table, schema-qualified.</summary>
    public string Table { get; }

    /// <summary>Four columns of the catalog row aliased <paramref name="alias"/>: exists, consent, minimum pool, model.</summary>
    public string Columns(string alias) =>
        $"{alias}.id IS NOT NULL, {alias}.data ->> '{_consent}', ({alias}.data ->> '{_minimum}')::bigint, {alias}.data ->> '{_model}'";

    /// <summary>Reads the <see cref="Columns"/> starting at <paramref name="first"/>; null when the work has no catalog entry.</summary>
    public static CatalogConsent? Read(NpgsqlDataReader reader, int first, string workId) => reader.GetBoolean(first)
        ? new CatalogConsent(
            workId,
            reader.IsDBNull(first + 1) ? Consent.NotAllowed : reader.GetString(first + 1),
            reader.IsDBNull(first + 2) ? null : reader.GetInt64(first + 2),
            reader.IsDBNull(first + 3) ? null : reader.GetString(first + 3))
        : null;
}
