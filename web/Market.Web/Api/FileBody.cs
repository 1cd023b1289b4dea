using Market.Web.Works;

namespace Market.Web.Api;

/// <summary>A file sent inside a JSON body: its name and its bytes as base64.</summary>
public sealed record FileBody(string? Name, string? ContentBase64)
{
    /// <summary>The uploaded file, or a 400 problem naming <c>file.name</c> or <c>file.contentBase64</c>; nothing when no file was sent.</summary>
    public static (UploadedFile? File, IResult? Problem) Decode(FileBody? body)
    {
        if (body is null) return (null, null);
        if (string.IsNullOrWhiteSpace(body.Name)) return (null, Problems.Field("file.name", "A file name is required."));
        if (string.IsNullOrEmpty(body.ContentBase64)) return (null, Problems.Field("file.contentBase64", "The file content is required, as base64."));
        var bytes = new byte[body.ContentBase64.Length / 4 * 3 + 3];
        return Convert.TryFromBase64String(body.ContentBase64, bytes, out var written)
            ? (new UploadedFile(Path.GetFileName(body.Name), bytes[..written]), null)
            : (null, Problems.Field("file.contentBase64", "The file content is not valid base64."));
    }
}
