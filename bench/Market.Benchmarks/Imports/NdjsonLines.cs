using System.Globalization;
using System.Net;
using System.Text;

namespace Market.Benchmarks.Imports;

/// <summary>
/// An NDJSON upload of <c>count</c> entries naming the planted works, written line by line while the
/// server reads it (chunked): the client holds one buffer, never the 60 MB body.
/// </summary>
public sealed class NdjsonLines : HttpContent
{
    private readonly string _prefix;
    private readonly int _count;

    /// <summary>Entries for works <c>{prefix}0000000</c> to <c>{prefix}{count − 1}</c>, weight 2 each.</summary>
    public NdjsonLines(string prefix, int count)
    {
        (_prefix, _count) = (prefix, count);
        Headers.ContentType = new("application/x-ndjson") { CharSet = "utf-8" };
    }

    /// <summary>The id of the <paramref name="index"/>th planted work (the same digits the planting SQL writes).</summary>
    public static string WorkId(string prefix, int index) => prefix + index.ToString("D7", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        for (var i = 0; i < _count; i++)
        {
            await writer.WriteAsync($"{{\"workId\":\"{WorkId(_prefix, i)}\",\"weight\":2}}\n");
        }
    }

    /// <inheritdoc />
    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
