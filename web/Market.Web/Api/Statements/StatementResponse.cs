using Market.Domain.Statements;
using Market.Grains.Statements;

namespace Market.Web.Api.Statements;

/// <summary>
/// The JSON of <c>GET /api/v1/accounts/{id}/statements/{yyyy-MM}</c> (DESIGN 4), with the route in words
/// and the hashes added: the CSV's always, the PDF's once the period is closed (its recorded hash; an
/// open statement's JSON does not render the PDF).
/// </summary>
public sealed record StatementResponse(
    string Period,
    long OpeningMicros,
    long ClosingMicros,
    IReadOnlyList<StatementResponse.Line> Lines,
    IReadOnlyList<StatementResponse.Payout> Payouts,
    StatementResponse.Totals ControlTotals,
    long SubCentCarriedMicros,
    long UnpaidClosingMicros,
    bool Closed,
    string CsvSha256,
    string? PdfSha256)
{
    /// <summary>One line; <c>kind</c> is sale, poolSettlement, refund, dispute or reversal; <c>adjustment</c> marks a line dated in an earlier month that had closed before it arrived.</summary>
    public sealed record Line(
        DateTimeOffset At, string TransactionId, string Kind, string? OrderId, string? WorkId, string? Role, IReadOnlyList<string> Path, string Route,
        long? AttributionPpm, long GrossMinor, long? FeeMinor, long? CommissionMicros, long AmountMicros, bool Adjustment);

    /// <summary>A transfer of the period.</summary>
    public sealed record Payout(DateTimeOffset At, string TransferId, long AmountMicros);

    /// <summary>Line count and Σ lines (= closing − opening).</summary>
    public sealed record Totals(int LineCount, long SumMicros);

    /// <summary>The answer for a statement's figures and the CSV's hash (checked against the record when closed).</summary>
    public static StatementResponse From(RenderedStatement csv)
    {
        var s = csv.Statement;
        return new StatementResponse(
            s.Period.ToString(), s.OpeningMicros, s.ClosingMicros,
            [.. s.Lines.Select(l => new Line(l.At, l.TransactionId.ToString("N"), l.Kind, l.OrderId, l.WorkId, l.Role, l.Path, l.Route,
                l.AttributionPpm, l.GrossMinor, l.FeeMinor, l.CommissionMicros, l.AmountMicros, l.Adjustment))],
            [.. s.Payouts.Select(p => new Payout(p.At, p.TransferId, p.AmountMicros))],
            new Totals(s.LineCount, s.SumMicros), s.SubCentCarriedMicros, s.UnpaidClosingMicros, csv.Closed, csv.Sha256, csv.Record?.PdfSha256);
    }
}
