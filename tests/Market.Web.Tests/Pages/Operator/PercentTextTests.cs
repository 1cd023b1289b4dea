using Market.Web.Pages.Operator;

namespace Market.Web.Tests.Pages.Operator;

public sealed class PercentTextTests
{
    [Theory]
    [InlineData("40", 400_000)]
    [InlineData("12.5 %", 125_000)]
    [InlineData("0.0001", 1)]
    [InlineData("100", 1_000_000)]
    public void APercentageBecomesExactPpm(string text, long ppm)
    {
        PercentText.TryParsePpm(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(ppm);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0.00001")]
    [InlineData("101")]
    [InlineData("-5")]
    public void AnythingElseIsRefused(string text) => PercentText.TryParsePpm(text, out _).ShouldBeFalse();

    [Fact]
    public void PpmIsShownAsAnExactPercentage() => PercentText.Format(125_000).ShouldBe("12.5 %");
}
