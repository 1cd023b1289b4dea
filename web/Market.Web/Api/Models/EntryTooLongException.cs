using System.Text.Json;

namespace Market.Web.Api.Models;

/// <summary>
/// An NDJSON line is longer than <see cref="ContributionUpload.MaxEntryBytes"/>. A kind of
/// <see cref="JsonException"/>, so every caller that refuses a malformed upload refuses this one too.
/// </summary>
public sealed class EntryTooLongException : JsonException
{
    /// <summary>Line <paramref name="line"/> (from 1) went past <paramref name="maxBytes"/> bytes.</summary>
    public EntryTooLongException(long line, int maxBytes)
        : base($"Line {line} is longer than {maxBytes:N0} bytes; nothing was imported. An entry is a workId and a weight, so no line needs more.") =>
        Line = line;

    /// <summary>The offending line, from 1.</summary>
    public long Line { get; }
}
