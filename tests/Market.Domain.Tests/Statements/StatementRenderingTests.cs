using System.Text;
using Market.Domain.Statements;

namespace Market.Domain.Tests.Statements;

public sealed class StatementRenderingTests
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["work:g_1"] = "'Dune Study' (generated)", ["model:m_1"] = "Aurora 1.0", ["work:w_1"] = "'Red Dunes'",
    };

    [Fact]
    public void AContributorsRouteReadsFromTheSoldPieceToTheirOwnWork() =>
        RouteWords.Of(["work:g_1", "model:m_1", "pool:m_1", "work:w_1"], Names)
            .ShouldBe("'Dune Study' (generated) → model Aurora 1.0 → contributor pool → your work 'Red Dunes'");

    [Fact]
    public void ASettledPoolNamesItsModelAndAnUnknownNodeShowsItsId() =>
        RouteWords.Of(["pool:m_1", "work:w_9"], Names).ShouldBe("contributor pool of model Aurora 1.0 → your work 'w_9'");

    [Theory]
    [InlineData("2026-11", true)]
    [InlineData("2026-13", false)]
    [InlineData("2026-1", false)]
    [InlineData("26-11", false)]
    [InlineData("2026-11.csv", false)]
    public void APeriodIsAYearAndAMonth(string text, bool valid) => StatementPeriod.TryParse(text, out _).ShouldBe(valid);

    [Fact]
    public void TheCsvQuotesFieldsWithCommasAndQuotesAndGivesTheSameBytesEachTime()
    {
        var at = new DateTimeOffset(2026, 11, 3, 12, 0, 0, TimeSpan.Zero);
        StatementLine[] lines = [new(at, Guid.Empty, 2, "sale", "o_1", "w_1", "owner", ["work:w_1"], "your work 'Red, \"Dunes\"'", null, 2000, 88, 2_868_000, 16_252_000)];
        var statement = new Statement("p_1", new StatementPeriod(2026, 11), 5, 16_252_005, lines, [], 16_250_005);

        var bytes = StatementCsv.ToBytes(statement);

        StatementCsv.ToBytes(statement).ShouldBe(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        text.ShouldContain(",\"your work 'Red, \"\"Dunes\"\"'\",");
        text.ShouldEndWith("subCentCarried,2026-11,,,,,,,,,,,,,,5,0.000005\r\n");
        statement.SubCentCarriedMicros.ShouldBe(5);
        StatementAmounts.Major(-4_875_600).ShouldBe("-4.8756");
    }
}
