using Market.Domain.Statements;
using UglyToad.PdfPig;

namespace Market.Web.Tests.Statements;

public sealed class LongStatementPdfTests
{
    [Fact]
    public void ALongStatementSpansSeveralPagesAndEndsWithItsControlTotals()
    {
        var at = new DateTimeOffset(2026, 11, 3, 12, 0, 0, TimeSpan.Zero);
        var lines = Enumerable.Range(0, 250).Select(i => new StatementLine(
            at.AddMinutes(i), Guid.Empty, i, "sale", $"o_{i}", "w_1", "owner", ["work:w_1"], "your work 'Red (Dunes)'", null, 2000, 88, 2_868_000, 16_252_000 + i)).ToList();
        var statement = new Statement("p_1", new StatementPeriod(2026, 11), 0, lines.Sum(l => l.AmountMicros), lines, [], lines.Sum(l => l.AmountMicros));

        var bytes = StatementPdf.ToBytes(statement);

        StatementPdf.ToBytes(statement).ShouldBe(bytes);
        using var pdf = PdfDocument.Open(bytes);
        pdf.NumberOfPages.ShouldBeGreaterThan(3);
        pdf.GetPage(pdf.NumberOfPages).Text.ShouldContain($"line count 250, sum {statement.SumMicros} micros");
        pdf.GetPage(1).Text.ShouldContain("Statement 2026-11");
    }
}
