namespace Market.Domain.Catalog;

/// <summary>A file format recognised from its first bytes, never from its name.</summary>
/// <param name="MediaType">The media type Market serves it as.</param>
/// <param name="Family">image, audio, video or text.</param>
/// <param name="Extension">The file extension Market gives downloads.</param>
public sealed record FileFormat(string MediaType, string Family, string Extension)
{
    /// <summary>True for raster images Market can preview.</summary>
    public bool IsImage => Family == "image";

    /// <summary>
    /// Recognises the format by magic bytes. SVG and HTML are deliberately not recognised: they can
    /// carry script, and Market never serves them inline.
    /// </summary>
    public static FileFormat? Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return new("image/png", "image", "png");
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return new("image/jpeg", "image", "jpg");
        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8)) return new("image/gif", "image", "gif");
        if (IsRiff(content, "WEBP"u8)) return new("image/webp", "image", "webp");
        if (IsRiff(content, "WAVE"u8)) return new("audio/wav", "audio", "wav");
        if (content.StartsWith("ID3"u8) || (content.Length > 1 && content[0] == 0xFF && (content[1] & 0xE0) == 0xE0))
            return new("audio/mpeg", "audio", "mp3");
        if (content.StartsWith("fLaC"u8)) return new("audio/flac", "audio", "flac");
        if (content.StartsWith("OggS"u8)) return new("audio/ogg", "audio", "ogg");
        if (content.Length > 11 && content.Slice(4, 4).SequenceEqual("ftyp"u8)) return new("video/mp4", "video", "mp4");
        if (content.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3])) return new("video/webm", "video", "webm");
        if (content.StartsWith("%PDF-"u8)) return new("application/pdf", "text", "pdf");
        return IsPlainText(content) ? new("text/plain", "text", "txt") : null;
    }

    private static bool IsRiff(ReadOnlySpan<byte> content, ReadOnlySpan<byte> form) =>
        content.Length >= 12 && content.StartsWith("RIFF"u8) && content.Slice(8, 4).SequenceEqual(form);

    // Plain UTF-8 prose: valid UTF-8, no control bytes but whitespace, and nothing that starts like markup
    // (a byte order mark counts as whitespace there: "\uFEFF<html>" is HTML to a browser).
    private static bool IsPlainText(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty || content.TrimStart("\uFEFF \t\r\n"u8).StartsWith("<"u8))
        {
            return false;
        }

        foreach (var b in content)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r')
            {
                return false;
            }
        }

        return System.Text.Unicode.Utf8.IsValid(content);
    }
}
