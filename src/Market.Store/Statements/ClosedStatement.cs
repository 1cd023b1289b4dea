namespace Market.Store.Statements;

/// <summary>
/// A Marten document recorded once when a party's statement period closes: the SHA-256 of its CSV
/// and PDF. Regenerating the statement later must give bytes with these hashes (DESIGN 2.3).
/// </summary>
public sealed class ClosedStatement
{
    /// <summary><c>{partyId}/{yyyy-MM}</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Whose statement.</summary>
    public string PartyId { get; set; } = "";

    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public string Period { get; set; } = "";

    /// <summary>SHA-256 of the CSV, lower-case hex.</summary>
    public string CsvSha256 { get; set; } = "";

    /// <summary>SHA-256 of the PDF, lower-case hex.</summary>
    public string PdfSha256 { get; set; } = "";

    /// <summary>
    /// The database snapshot (<c>pg_snapshot</c> text) taken before the statement was rendered: a
    /// posting this snapshot did not see arrived after the close and is booked into a later month.
    /// Null on records closed before late events were booked so.
    /// </summary>
    public string? Snapshot { get; set; }

    /// <summary>When it was recorded (bookkeeping only; it appears in no rendering).</summary>
    public DateTimeOffset ClosedAt { get; set; }

    /// <summary>The document id of a party's period.</summary>
    public static string IdOf(string partyId, string period) => $"{partyId}/{period}";
}
