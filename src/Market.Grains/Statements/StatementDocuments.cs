using Market.Domain.Statements;
using Market.Store.Statements;

namespace Market.Grains.Statements;

/// <summary>
/// Statements as documents, and closing periods. A month closes for a party on the first request
/// after it ends, or for every party with money when an admin closes it; closing renders both the CSV
/// and the PDF and records their hashes. Every later request renders only the format it serves and
/// checks that format's bytes against the record (a 100,000-line month costs a second or so per format).
/// </summary>
public sealed class StatementDocuments(StatementBuilder builder, ClosedStatements closed, StatementLedger reads, TimeProvider time)
{
    /// <summary>The statement rendered to <paramref name="format"/>; its period is recorded as closed first when its month has ended.</summary>
    /// <exception cref="StatementChangedException">A closed statement renders to different bytes than recorded.</exception>
    public async Task<RenderedStatement> GetAsync(string partyId, StatementPeriod period, StatementFormat format, CancellationToken cancellationToken)
    {
        var statement = await builder.BuildAsync(partyId, period, cancellationToken);
        var rendered = Render(statement, format);
        var record = await closed.GetAsync(partyId, period.ToString(), cancellationToken);
        if (record is null && period.End <= time.GetUtcNow())
        {
            record = await RecordAsync(statement, rendered, cancellationToken);
        }

        return Verified(rendered, record);
    }

    /// <summary>Closes <paramref name="period"/> for every party with a posting before its end; already closed ones are verified.</summary>
    /// <returns>Each party's records (both hashes).</returns>
    public async Task<IReadOnlyList<ClosedStatement>> CloseAsync(StatementPeriod period, CancellationToken cancellationToken)
    {
        var records = new List<ClosedStatement>();
        foreach (var party in await reads.PartiesBeforeAsync(period.End, cancellationToken))
        {
            var statement = await builder.BuildAsync(party.Value, period, cancellationToken);
            var (csv, pdf) = (Render(statement, StatementFormat.Figures), Render(statement, StatementFormat.Pdf));
            var record = await closed.GetAsync(party.Value, period.ToString(), cancellationToken) ?? await RecordAsync(statement, csv, cancellationToken, pdf);
            Verified(csv, record);
            records.Add(Verified(pdf, record).Record!);
        }

        return records;
    }

    private static RenderedStatement Render(Statement statement, StatementFormat format)
    {
        if (format == StatementFormat.Figures)
        {
            return new RenderedStatement(statement, format, [], StatementCsv.Sha256(statement), Record: null);
        }

        var bytes = format == StatementFormat.Csv ? StatementCsv.ToBytes(statement) : StatementPdf.ToBytes(statement);
        return new RenderedStatement(statement, format, bytes, StatementHash.Of(bytes), Record: null);
    }

    // Closing needs both hashes: the document not asked for is rendered this once.
    private Task<ClosedStatement> RecordAsync(Statement statement, RenderedStatement rendered, CancellationToken cancellationToken, RenderedStatement? other = null)
    {
        other ??= Render(statement, rendered.Format == StatementFormat.Pdf ? StatementFormat.Figures : StatementFormat.Pdf);
        var (csv, pdf) = rendered.Format == StatementFormat.Pdf ? (other, rendered) : (rendered, other);
        return closed.RecordAsync(new ClosedStatement
        {
            Id = ClosedStatement.IdOf(statement.PartyId, statement.Period.ToString()),
            PartyId = statement.PartyId,
            Period = statement.Period.ToString(),
            CsvSha256 = csv.Sha256,
            PdfSha256 = pdf.Sha256,
            ClosedAt = time.GetUtcNow(),
        }, cancellationToken);
    }

    // Serving different bytes under a closed period's name would break the promise the hash makes.
    private static RenderedStatement Verified(RenderedStatement rendered, ClosedStatement? record) =>
        record is null ? rendered
        : rendered.Sha256 == (rendered.Format == StatementFormat.Pdf ? record.PdfSha256 : record.CsvSha256) ? rendered with { Record = record }
        : throw new StatementChangedException(
            $"The closed statement {record.Period} of '{record.PartyId}' no longer matches its recorded hash: the ledger changed within a closed period.");
}
