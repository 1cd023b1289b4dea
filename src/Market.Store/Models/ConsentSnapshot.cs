using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Market.Store.Models;

/// <summary>
/// The SHA-256 of a sealed training set's consent snapshot, built one contribution at a time in
/// canonical order, so a million entries never sit in memory. The canonical text is UTF-8:
/// <code>
/// market.consent-snapshot.v1\n
/// {workId}\t{weight}\t{generativeTraining}\t{minimumPoolPpm or -}\n   (one line per contribution, by workId, ordinal)
/// </code>
/// Anyone holding the set (e.g. from inclusion receipts) can recompute it. Market's ids are ASCII,
/// where ordinal order and PostgreSQL's bytewise "C" order agree.
/// </summary>
public sealed class ConsentSnapshot : IDisposable
{
    /// <summary>The first line, naming the format so it can evolve.</summary>
    public const string Header = "market.consent-snapshot.v1\n";

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _last;

    /// <summary>A snapshot with no contributions yet.</summary>
    public ConsentSnapshot() => _hash.AppendData(Encoding.UTF8.GetBytes(Header));

    /// <summary>Contributions added so far.</summary>
    public long Count { get; private set; }

    /// <summary>Adds the next contribution; they must come in canonical (ordinal) order.</summary>
    /// <exception cref="InvalidOperationException">The work id is not after the previous one.</exception>
    public void Add(string workId, long weight, string generativeTraining, long? minimumPoolPpm)
    {
        if (_last is not null && string.CompareOrdinal(_last, workId) >= 0)
        {
            throw new InvalidOperationException($"Consent snapshot entries out of order: '{workId}' after '{_last}'.");
        }

        var minimum = minimumPoolPpm?.ToString(CultureInfo.InvariantCulture) ?? "-";
        _hash.AppendData(Encoding.UTF8.GetBytes(FormattableString.Invariant($"{workId}\t{weight}\t{generativeTraining}\t{minimum}\n")));
        _last = workId;
        Count++;
    }

    /// <summary>The hash as <c>sha256:</c> and lowercase hex.</summary>
    public string Finish() => "sha256:" + Convert.ToHexStringLower(_hash.GetHashAndReset());

    /// <inheritdoc />
    public void Dispose() => _hash.Dispose();
}
