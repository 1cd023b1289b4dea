namespace Market.Domain.Documents;

/// <summary>The fonts a <see cref="PdfDocument"/> can use: PDF's standard fonts, which every reader has built in.</summary>
public enum PdfFont
{
    /// <summary>Helvetica.</summary>
    Regular,

    /// <summary>Helvetica-Bold.</summary>
    Bold,

    /// <summary>Courier, for hashes and ids.</summary>
    Mono,
}

/// <summary>A run of text placed at a point (in PDF points from the bottom-left corner).</summary>
public sealed record PdfText(int X, int Y, string Text, int Size = 10, PdfFont Font = PdfFont.Regular);
