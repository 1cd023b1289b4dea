using System.Globalization;
using Market.Domain.Documents;

namespace Market.Domain.Statements;

/// <summary>
/// A statement as a PDF through <see cref="PdfDocument"/>: a header, one row per line, payouts and the
/// totals, over as many A4 pages as it takes. No date of printing, so a closed statement's bytes never change.
/// </summary>
public static class StatementPdf
{
    private const int Top = 800;
    private const int Bottom = 50;
    private const int RowHeight = 11;
    private const int RouteChars = 58;

    /// <summary>The statement's bytes.</summary>
    public static byte[] ToBytes(Statement statement)
    {
        var rows = new List<PdfText>();
        Text(rows, $"Statement {statement.Period} - account {statement.PartyId}", 14, PdfFont.Bold);
        Text(rows, $"Opening balance: {StatementAmounts.Major(statement.OpeningMicros)} ({statement.OpeningMicros} micros)");
        Text(rows, "Date        Kind            Role         Amount (micros)  Route", 8, PdfFont.Bold);
        foreach (var line in statement.Lines)
        {
            var route = line.Route.Length > RouteChars ? line.Route[..(RouteChars - 3)] + "..." : line.Route;
            Text(rows, string.Create(CultureInfo.InvariantCulture,
                $"{line.At.UtcDateTime:yyyy-MM-dd}{(line.Adjustment ? "*" : " ")} {line.Kind,-14}  {line.Role ?? "",-11}  {line.AmountMicros,15}  {route}"), 7, PdfFont.Mono);
        }

        foreach (var payout in statement.Payouts)
        {
            Text(rows, $"Payout {payout.TransferId}: {StatementAmounts.Major(payout.AmountMicros)} ({payout.AmountMicros} micros)");
        }

        Text(rows, $"Closing balance: {StatementAmounts.Major(statement.ClosingMicros)} ({statement.ClosingMicros} micros)");
        Text(rows, $"Control totals: line count {statement.LineCount}, sum {statement.SumMicros} micros", 10, PdfFont.Bold);
        Text(rows, $"Sub-cent balance brought forward: {statement.SubCentCarriedMicros} micros");
        if (statement.Lines.Any(l => l.Adjustment))
        {
            Text(rows, "* Adjustment: dated in an earlier month that had closed before it arrived.", 8);
        }

        return Paginate(statement, rows).ToBytes();
    }

    private static void Text(List<PdfText> rows, string text, int size = 10, PdfFont font = PdfFont.Regular) =>
        rows.Add(new PdfText(40, 0, text, size, font));

    private static PdfDocument Paginate(Statement statement, List<PdfText> rows)
    {
        var perPage = (Top - Bottom) / RowHeight;
        var pages = rows.Chunk(perPage).ToList();
        var document = new PdfDocument($"Statement {statement.Period}");
        for (var p = 0; p < pages.Count; p++)
        {
            var placed = pages[p].Select((row, i) => row with { Y = Top - (i * RowHeight) }).ToList();
            placed.Add(new PdfText(40, 30, $"Page {p + 1} of {pages.Count}", 8));
            document.AddPage(placed);
        }

        return document;
    }
}
