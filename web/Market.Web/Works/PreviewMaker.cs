using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Processing;

namespace Market.Web.Works;

/// <summary>Makes the low-resolution JPEG the catalog shows in place of an image's original.</summary>
public sealed class PreviewMaker(IOptions<UploadOptions> options)
{
    /// <summary>The preview bytes, or null when the content does not decode as an image.</summary>
    public byte[]? TryMake(byte[] content)
    {
        try
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
        catch (Exception e) when (e is UnknownImageFormatException or InvalidImageContentException or NotSupportedException)
        {
            return null;
        }
    }
}
