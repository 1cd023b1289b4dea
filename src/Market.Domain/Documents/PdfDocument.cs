using System.Buffers;
using System.Globalization;
using System.Text;

namespace Market.Domain.Documents;

/// <summary>
/// A small PDF writer for certificates and statements: text on A4 pages in the standard fonts, no
/// embedded fonts, no timestamps — so the same content always gives the same bytes, which is what
/// makes a closed statement reproducible.
/// </summary>
public sealed class PdfDocument(string title)
{
    /// <summary>A4 width in points.</summary>
    public const int PageWidth = 595;

    /// <summary>A4 height in points.</summary>
    public const int PageHeight = 842;

    private static readonly Encoding Latin1 = Encoding.Latin1;
    private readonly List<IReadOnlyList<PdfText>> _pages = [];

    /// <summary>Adds a page holding <paramref name="texts"/>.</summary>
    public PdfDocument AddPage(IReadOnlyList<PdfText> texts)
    {
        _pages.Add(texts);
        return this;
    }

    /// <summary>The document's bytes.</summary>
    public byte[] ToBytes()
    {
        var pages = _pages.Count == 0 ? [Array.Empty<PdfText>()] : _pages;
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', pages.Select((_, i) => $"{6 + 2 * i} 0 R"))}] /Count {pages.Count} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        };
        for (var i = 0; i < pages.Count; i++)
        {
            var content = Content(pages[i]);
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents {7 + 2 * i} 0 R >>");
            objects.Add($"<< /Length {Latin1.GetByteCount(content)} >>\nstream\n{content}\nendstream");
        }

        objects.Add($"<< /Title ({Escape(title)}) /Producer (Market) >>");
        return Assemble(objects);
    }

    private static byte[] Assemble(List<string> objects)
    {
        using var output = new MemoryStream();
        void Write(string text) => output.Write(Latin1.GetBytes(text));
        Write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = output.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset.ToString("D10", CultureInfo.InvariantCulture)} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info {objects.Count} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static string Content(IReadOnlyList<PdfText> texts)
    {
        var content = new StringBuilder();
        foreach (var text in texts)
        {
            var font = text.Font switch { PdfFont.Bold => "F2", PdfFont.Mono => "F3", _ => "F1" };
            content.Append(CultureInfo.InvariantCulture, $"BT /{font} {text.Size} Tf {text.X} {text.Y} Td ({Escape(text.Text)}) Tj ET\n");
        }

        return content.ToString().TrimEnd('\n');
    }

    // PDF string literals escape backslash and parentheses. WinAnsi has a few typographic characters
    // above Latin-1 (dashes, quotes, bullet, euro); an arrow becomes "->"; anything else becomes '?'.
    private static string Escape(string text)
    {
        // Most text is plain: a statement of 100,000 rows is passed through as it is.
        if (text.AsSpan().IndexOfAnyExcept(Plain) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => escaped.Append("\\\\"),
                '(' => escaped.Append("\\("),
                ')' => escaped.Append("\\)"),
                < ' ' => escaped.Append(' '),
                '\u2013' => escaped.Append('\u0096'),
                '\u2014' => escaped.Append('\u0097'),
                '\u2018' => escaped.Append('\u0091'),
                '\u2019' => escaped.Append('\u0092'),
                '\u201C' => escaped.Append('\u0093'),
                '\u201D' => escaped.Append('\u0094'),
                '\u2022' => escaped.Append('\u0095'),
                '\u20AC' => escaped.Append('\u0080'),
                '\u2192' => escaped.Append("->"),
                > '\u00ff' => escaped.Append('?'),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    // Characters written as they are: printable Latin-1 but the three a string literal escapes.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        string.Concat(Enumerable.Range(' ', 0x100 - ' ').Select(c => (char)c).Where(c => c is not ('\\' or '(' or ')'))));
}
