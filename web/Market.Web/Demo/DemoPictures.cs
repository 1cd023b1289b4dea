using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace Market.Web.Demo;

/// <summary>Draws the demo works' pictures at seed time: each pattern a different field of colour.</summary>
public static class DemoPictures
{
    /// <summary>A PNG of <paramref name="width"/>×<paramref name="height"/> drawn with pattern <paramref name="pattern"/>.</summary>
    public static byte[] Draw(int pattern, int width = 1200, int height = 800)
    {
        using var image = new Image<Rgb24>(width, height);
        var (hueA, hueB) = (pattern * 37 % 360, (pattern * 37 + 140) % 360);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    var t = Field(pattern % 4, x / (double)width, y / (double)height);
                    row[x] = Blend(Hue(hueA), Hue(hueB), t);
                }
            }
        });
        using var output = new MemoryStream();
        image.Save(output, new PngEncoder());
        return output.ToArray();
    }

    // Pictures only: doubles here draw pixels and never touch money.
    private static double Field(int kind, double u, double v) => kind switch
    {
        0 => 0.5 + 0.5 * Math.Sin(u * 9 + Math.Sin(v * 7) * 2),
        1 => 0.5 + 0.5 * Math.Sin(Math.Sqrt((u - 0.3) * (u - 0.3) + (v - 0.6) * (v - 0.6)) * 40),
        2 => (Math.Floor(u * 12) + Math.Floor(v * 8)) % 2 == 0 ? v : 1 - v,
        _ => 0.5 + 0.25 * Math.Sin(u * 20 - v * 14) + 0.25 * Math.Cos(v * 11 + u * 3),
    };

    private static Rgb24 Hue(int degrees)
    {
        var h = degrees / 60.0;
        var x = 1 - Math.Abs(h % 2 - 1);
        (double r, double g, double b) = (int)h switch { 0 => (1d, x, 0d), 1 => (x, 1d, 0d), 2 => (0d, 1d, x), 3 => (0d, x, 1d), 4 => (x, 0d, 1d), _ => (1d, 0d, x) };
        return new Rgb24((byte)(r * 220 + 20), (byte)(g * 220 + 20), (byte)(b * 220 + 20));
    }

    private static Rgb24 Blend(Rgb24 a, Rgb24 b, double t) =>
        new((byte)(a.R + (b.R - a.R) * t), (byte)(a.G + (b.G - a.G) * t), (byte)(a.B + (b.B - a.B) * t));
}
