using Market.Domain.Statements;
using Market.Store.Statements;

namespace Market.Grains.Statements;

/// <summary>The two documents a statement is rendered to; each closed period records the SHA-256 of both.</summary>
public enum StatementFormat
{
    /// <summary>RFC 4180 table (<see cref="StatementCsv"/>); it holds every figure, so it also stands for the JSON and the page.</summary>
    Csv,

    /// <summary>Paginated PDF (<see cref="StatementPdf"/>).</summary>
    Pdf,
}

/// <summary>
/// A statement rendered to one <see cref="Format"/>, with the SHA-256 of those bytes; <see cref="Record"/>
/// is the closed period's record when there is one, and then <see cref="Sha256"/> is the recorded hash.
/// </summary>
public sealed record RenderedStatement(Statement Statement, StatementFormat Format, byte[] Bytes, string Sha256, ClosedStatement? Record)
{
    /// <summary>Whether the period is closed (and the bytes were checked against its record).</summary>
    public bool Closed => Record is not null;
}

/// <summary>A closed statement that no longer renders to its recorded bytes: something was posted into a closed period.</summary>
public sealed class StatementChangedException(string message) : Exception(message);
