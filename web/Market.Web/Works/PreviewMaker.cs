using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Processing;

namespace Market.Web.Works;

/// <summary>Makes the low-resolution JPEG the catalog shows in place of an image's original.</summary>
public sealed class PreviewMaker(IOptions<UploadOptions> options)
{
    /// <summary>The preview bytes, or why there are none: the content does not decode, or declares too many pixels.</summary>
    public (byte[]? Preview, string? Problem) TryMake(byte[] content)
    {
        try
        {
            // Measure before decoding: a header of a few bytes can declare billions of pixels, and
            // decoding allocates every one of them.
            var declared = Image.Identify(content);
            if (declared is null) return (null, CannotDecode);
            var pixels = (long)declared.Width * declared.Height;
            var limit = options.Value.MaxImagePixels;
            if (pixels > limit)
            {
                return (null, $"The image is {declared.Width} × {declared.Height} pixels ({pixels:N0}); the limit is {limit:N0} pixels.");
            }

            return (Make(content), null);
        }
        catch (Exception e) when (e is UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            return (null, CannotDecode);
        }
    }

    private const string CannotDecode = "The image could not be decoded.";

    private byte[] Make(byte[] content)
    {
        using var image = Image.Load(content);
        var max = options.Value.PreviewMaxPixels;
        if (image.Width > max || image.Height > max)
        {
            image.Mutate(x => x.Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(max, max) }));
        }

        image.Metadata.ExifProfile = null;
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 70 });
        return output.ToArray();
    }
}
