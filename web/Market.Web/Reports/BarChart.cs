namespace Market.Web.Reports;

/// <summary>A horizontal bar chart drawn as SVG on the server, with the same figures as a table beside it.</summary>
/// <param name="Id">Unique on the page; ids of the caption and table derive from it.</param>
/// <param name="Title">The caption.</param>
/// <param name="Bars">The bars, in the order shown.</param>
public sealed record BarChart(string Id, string Title, IReadOnlyList<Bar> Bars)
{
    /// <summary>Width of the bar area in SVG units.</summary>
    public const int BarArea = 220;

    /// <summary>Height of one row in SVG units.</summary>
    public const int RowHeight = 24;

    /// <summary>The length of a bar: proportional to the largest amount, in integers; refunds (negative) draw nothing.</summary>
    public int Length(Bar bar)
    {
        var largest = Bars.Count == 0 ? 0 : Bars.Max(b => b.Micros);
        return largest <= 0 || bar.Micros <= 0 ? 0 : (int)Int128.Max(1, (Int128)bar.Micros * BarArea / largest);
    }

    /// <summary>A label short enough for the chart; the table has it in full.</summary>
    public static string Abbreviate(string label) => label.Length <= 20 ? label : label[..19] + "…";
}
