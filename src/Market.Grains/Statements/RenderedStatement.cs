using Market.Domain.Statements;
using Market.Store.Statements;

namespace Market.Grains.Statements;

/// <summary>What a request renders; each closed period records the SHA-256 of both documents (CSV and PDF).</summary>
public enum StatementFormat
{
    /// <summary>The statement's figures only (the JSON, the page), with the CSV's hash: the CSV holds every figure, so its hash stands for them.</summary>
    Figures,

    /// <summary>RFC 4180 table (<see cref="StatementCsv"/>).</summary>
    Csv,

    /// <summary>Paginated PDF (<see cref="StatementPdf"/>).</summary>
    Pdf,
}

/// <summary>
/// A statement rendered to one <see cref="Format"/>, with the SHA-256 of those bytes (none are kept for
/// <see cref="StatementFormat.Figures"/>, whose hash is the CSV's); <see cref="Record"/>
/// is the closed period's record when there is one, and then <see cref="Sha256"/> is the recorded hash.
/// </summary>
public sealed record RenderedStatement(Statement Statement, StatementFormat Format, byte[] Bytes, string Sha256, ClosedStatement? Record)
{
    /// <summary>Whether the period is closed (and the bytes were checked against its record).</summary>
    public bool Closed => Record is not null;
}

/// <summary>A closed statement that no longer renders to its recorded bytes: something was posted into a closed period.</summary>
public sealed class StatementChangedException(string message) : Exception(message);
