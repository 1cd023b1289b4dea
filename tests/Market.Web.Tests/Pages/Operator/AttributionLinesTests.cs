using Market.Web.Pages.Operator.Models;

namespace Market.Web.Tests.Pages.Operator;

public sealed class AttributionLinesTests
{
    [Fact]
    public void EachLineIsAWorkIdAndItsScoreAsTyped()
    {
        var (entries, problems) = AttributionLines.Parse("w_a 0.5\r\n\nw_b\t0.30\n");
        problems.ShouldBeEmpty();
        entries.Select(e => (e.WorkId, e.Score)).ShouldBe([("w_a", "0.5"), ("w_b", "0.30")]);
    }

    [Fact]
    public void ALineThatIsNotTwoWordsIsNamedByItsNumber()
    {
        var (_, problems) = AttributionLines.Parse("w_a 0.5\nw_b");
        problems.ShouldHaveSingleItem().ShouldStartWith("Line 2");
    }
}
