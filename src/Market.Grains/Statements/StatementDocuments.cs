using Market.Domain.Statements;
using Market.Store.Statements;

namespace Market.Grains.Statements;

/// <summary>
/// Statements as documents, and closing periods. A month closes for a party on the first request
/// after it ends, or for every party with money when an admin closes it; closing records the hashes
/// of the CSV and PDF, and every later rendering is checked against them.
/// </summary>
public sealed class StatementDocuments(StatementBuilder builder, ClosedStatements closed, StatementLedger reads, TimeProvider time)
{
    /// <summary>The rendered statement; recorded as closed first when its month has ended.</summary>
    /// <exception cref="StatementChangedException">A closed statement renders to different bytes than recorded.</exception>
    public async Task<RenderedStatement> GetAsync(string partyId, StatementPeriod period, CancellationToken cancellationToken)
    {
        var rendered = await RenderAsync(partyId, period, cancellationToken);
        var record = await closed.GetAsync(partyId, period.ToString(), cancellationToken);
        if (record is null && period.End <= time.GetUtcNow())
        {
            record = await RecordAsync(rendered, cancellationToken);
        }

        return record is null ? rendered : Verified(rendered, record);
    }

    /// <summary>Closes <paramref name="period"/> for every party with a posting before its end; already closed ones are verified.</summary>
    public async Task<IReadOnlyList<RenderedStatement>> CloseAsync(StatementPeriod period, CancellationToken cancellationToken)
    {
        var statements = new List<RenderedStatement>();
        foreach (var party in await reads.PartiesBeforeAsync(period.End, cancellationToken))
        {
            var rendered = await RenderAsync(party.Value, period, cancellationToken);
            var record = await closed.GetAsync(party.Value, period.ToString(), cancellationToken) ?? await RecordAsync(rendered, cancellationToken);
            statements.Add(Verified(rendered, record));
        }

        return statements;
    }

    private async Task<RenderedStatement> RenderAsync(string partyId, StatementPeriod period, CancellationToken cancellationToken)
    {
        var statement = await builder.BuildAsync(partyId, period, cancellationToken);
        var csv = StatementCsv.ToBytes(statement);
        var pdf = StatementPdf.ToBytes(statement);
        return new RenderedStatement(statement, csv, pdf, StatementHash.Of(csv), StatementHash.Of(pdf), Closed: false);
    }

    private Task<ClosedStatement> RecordAsync(RenderedStatement rendered, CancellationToken cancellationToken) => closed.RecordAsync(new ClosedStatement
    {
        Id = ClosedStatement.IdOf(rendered.Statement.PartyId, rendered.Statement.Period.ToString()),
        PartyId = rendered.Statement.PartyId,
        Period = rendered.Statement.Period.ToString(),
        CsvSha256 = rendered.CsvSha256,
        PdfSha256 = rendered.PdfSha256,
        ClosedAt = time.GetUtcNow(),
    }, cancellationToken);

    // Serving different bytes under a closed period's name would break the promise the hash makes.
    private static RenderedStatement Verified(RenderedStatement rendered, ClosedStatement record) =>
        rendered.CsvSha256 == record.CsvSha256 && rendered.PdfSha256 == record.PdfSha256
            ? rendered with { Closed = true }
            : throw new StatementChangedException(
                $"The closed statement {record.Period} of '{record.PartyId}' no longer matches its recorded hash {record.CsvSha256}: the ledger changed within a closed period.");
}
