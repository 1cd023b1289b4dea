using System.Text.Json;
using System.Text.Json.Serialization;
using Market.Store.Models;

namespace Market.Web.Api.Models;

/// <summary>
/// Reads a training-set upload as a stream of entries, never the whole body at once: a JSON array
/// of <c>{workId, weight}</c>, or NDJSON (one object per line). Entries that are the wrong shape
/// still come through, to be rejected one by one; only broken JSON stops the upload.
/// </summary>
public static class ContributionUpload
{
    /// <summary>The NDJSON media type.</summary>
    public const string Ndjson = "application/x-ndjson";

    /// <summary>The longest NDJSON line accepted, in bytes: an entry is a work id and a weight, so this is generous.</summary>
    public const int MaxEntryBytes = 4096;

    private static readonly JsonSerializerOptions Options = new() { Converters = { new EntryConverter() } };

    /// <summary>The entries of <paramref name="body"/>, as they arrive.</summary>
    /// <exception cref="JsonException">While enumerating: the body is not well-formed JSON (or NDJSON).</exception>
    /// <exception cref="EntryTooLongException">While enumerating: an NDJSON line is longer than <see cref="MaxEntryBytes"/>.</exception>
    public static IAsyncEnumerable<ContributionCandidate> Read(Stream body, bool ndjson, CancellationToken cancellationToken) =>
        JsonSerializer.DeserializeAsyncEnumerable<ContributionCandidate>(
            ndjson ? new LineLengthLimit(body, MaxEntryBytes) : body, topLevelValues: ndjson, Options, cancellationToken);

    /// <summary>True when <paramref name="fileName"/> names an NDJSON file (<c>.ndjson</c>, <c>.jsonl</c>).</summary>
    public static bool IsNdjsonFile(string fileName) =>
        fileName.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>Says where an upload stopped being valid JSON, for a person or an API client.</summary>
    public static string Describe(JsonException e, bool ndjson)
    {
        if (e is EntryTooLongException) return e.Message;
        var where = ndjson ? $"line {e.LineNumber + 1}" : (e.Path ?? "$").TrimStart('$') is { Length: > 0 } path ? $"entry {path}" : "the body";
        return $"The upload is not valid JSON at {where}; nothing was imported. {e.Message.Split(". Path:")[0].Split(" LineNumber:")[0]}";
    }

    /// <summary>Reads one entry leniently: a weight that is not a whole number becomes 0, which the rules call a bad weight.</summary>
    private sealed class EntryConverter : JsonConverter<ContributionCandidate>
    {
        public override bool HandleNull => true;

        public override ContributionCandidate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // The serializer buffers each whole entry before calling here, so TrySkip always succeeds
            // (Skip itself refuses a reader that is not on the final block).
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.TrySkip();
                return new ContributionCandidate(null, 0);
            }

            string? workId = null;
            long weight = 1;   // DESIGN 2: inclusion weight defaults to 1
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (string.Equals(name, "workId", StringComparison.OrdinalIgnoreCase))
                    workId = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                else if (string.Equals(name, "weight", StringComparison.OrdinalIgnoreCase))
                    weight = reader.TokenType switch { JsonTokenType.Number => reader.TryGetInt64(out var w) ? w : 0, JsonTokenType.Null => 1, _ => 0 };
                reader.TrySkip();   // past a nested object or array; a no-op on a plain value
            }

            return new ContributionCandidate(workId, weight);
        }

        public override void Write(Utf8JsonWriter writer, ContributionCandidate value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("workId", value.WorkId);
            writer.WriteNumber("weight", value.Weight);
            writer.WriteEndObject();
        }
    }
}
