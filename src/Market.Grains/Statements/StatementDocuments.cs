using Market.Domain.Statements;
using Market.Store.Statements;

namespace Market.Grains.Statements;

/// <summary>
/// Statements as documents, and closing periods. A month closes for a party on the first request
/// after it ends, or for every party with money when an admin closes it; closing takes a database
/// snapshot, renders both the CSV and the PDF and records their hashes with the snapshot. A posting
/// the snapshot did not see — an event dated in the month that arrived late — is booked into the open
/// month as an adjustment, so every later request renders the closed month to the recorded bytes
/// (a 100,000-line month costs a second or so per format).
/// </summary>
public sealed class StatementDocuments(StatementBuilder builder, ClosedStatements closed, StatementLedger reads, TimeProvider time)
{
    /// <summary>The statement rendered to <paramref name="format"/>; its period is recorded as closed first when its month has ended.</summary>
    /// <exception cref="StatementChangedException">A closed statement renders to different bytes than recorded.</exception>
    public async Task<RenderedStatement> GetAsync(string partyId, StatementPeriod period, StatementFormat format, CancellationToken cancellationToken)
    {
        var records = await closed.OfPartyAsync(partyId, cancellationToken);
        var record = records.FirstOrDefault(r => r.Period == period.ToString());
        if (record is null && period.End <= time.GetUtcNow())
        {
            var (statement, closedNow) = await CloseAsync(partyId, period, records, cancellationToken);
            return Verified(Render(statement, format), closedNow);
        }

        return Verified(Render(await builder.BuildAsync(partyId, period, records, cancellationToken), format), record);
    }

    /// <summary>Closes <paramref name="period"/> for every party with a posting before its end; already closed ones are verified.</summary>
    /// <returns>Each party's records (both hashes).</returns>
    public async Task<IReadOnlyList<ClosedStatement>> CloseAsync(StatementPeriod period, CancellationToken cancellationToken)
    {
        var records = new List<ClosedStatement>();
        foreach (var party in await reads.PartiesBeforeAsync(period.End, cancellationToken))
        {
            var partyRecords = await closed.OfPartyAsync(party.Value, cancellationToken);
            var (statement, record) = partyRecords.FirstOrDefault(r => r.Period == period.ToString()) is { } existing
                ? (await builder.BuildAsync(party.Value, period, partyRecords, cancellationToken), existing)
                : await CloseAsync(party.Value, period, partyRecords, cancellationToken);
            Verified(Render(statement, StatementFormat.Figures), record);
            records.Add(Verified(Render(statement, StatementFormat.Pdf), record).Record!);
        }

        return records;
    }

    // The snapshot is taken before anything is read: a posting committed after it is late for this
    // month (booked into the next one), whether or not the reads below happened to see it. If another
    // request closed the month first, its snapshot is the one that holds and the statement is rebuilt by it.
    private async Task<(Statement Statement, ClosedStatement Record)> CloseAsync(
        string partyId, StatementPeriod period, IReadOnlyList<ClosedStatement> records, CancellationToken cancellationToken)
    {
        var candidate = new ClosedStatement
        {
            Id = ClosedStatement.IdOf(partyId, period.ToString()),
            PartyId = partyId,
            Period = period.ToString(),
            Snapshot = await reads.SnapshotAsync(cancellationToken),
            ClosedAt = time.GetUtcNow(),
        };
        var statement = await builder.BuildAsync(partyId, period, [.. records, candidate], cancellationToken);
        candidate.CsvSha256 = Render(statement, StatementFormat.Figures).Sha256;
        candidate.PdfSha256 = Render(statement, StatementFormat.Pdf).Sha256;
        var record = await closed.RecordAsync(candidate, cancellationToken);
        return ReferenceEquals(record, candidate)
            ? (statement, record)
            : (await builder.BuildAsync(partyId, period, [.. records, record], cancellationToken), record);
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

    // Serving different bytes under a closed period's name would break the promise the hash makes.
    private static RenderedStatement Verified(RenderedStatement rendered, ClosedStatement? record) =>
        record is null ? rendered
        : rendered.Sha256 == (rendered.Format == StatementFormat.Pdf ? record.PdfSha256 : record.CsvSha256) ? rendered with { Record = record }
        : throw new StatementChangedException(
            $"The closed statement {record.Period} of '{record.PartyId}' no longer matches its recorded hash: the ledger changed within a closed period.");
}
