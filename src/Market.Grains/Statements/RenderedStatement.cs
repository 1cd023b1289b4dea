using Market.Domain.Statements;

namespace Market.Grains.Statements;

/// <summary>A statement with its CSV and PDF renderings and their SHA-256; <see cref="Closed"/> when the hashes are the recorded ones.</summary>
public sealed record RenderedStatement(Statement Statement, byte[] Csv, byte[] Pdf, string CsvSha256, string PdfSha256, bool Closed);

/// <summary>A closed statement that no longer renders to its recorded bytes: something was posted into a closed period.</summary>
public sealed class StatementChangedException(string message) : Exception(message);
