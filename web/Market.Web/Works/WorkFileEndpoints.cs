using Market.Contracts.Works;
using Market.Domain.Catalog;
using System.Security.Claims;
using Market.Store.Files;
using Market.Store.Licenses;
using Market.Web.Api;
using Market.Web.Api.Licenses;
using Market.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Market.Web.Works;

/// <summary>Serves previews to anyone, and originals and certificate PDFs only to licensees.</summary>
public static class WorkFileEndpoints
{
    /// <summary>Maps <c>/works/{id}/preview</c>.</summary>
    public static IEndpointRouteBuilder MapWorkFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/works/{id}/preview", async (string id, HttpContext http, IGrainFactory grains, FileStore files) =>
        {
            var work = await grains.GetGrain<IWorkGrain>(id).Get();
            var preview = work?.File?.HasPreview == true ? await files.GetAsync(FileStore.PreviewKey(id), http.RequestAborted) : null;
            if (work is null || preview is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "public, max-age=3600";
            // TDMRep: rights are reserved unless the artist allowed data mining.
            http.Response.Headers["tdm-reservation"] = work.Consent.DataMining == "allowed" ? "0" : "1";
            return Results.File(preview.Content, preview.MediaType);
        });
        app.MapGet("/works/{id}/download", Download).RequireAuthorization(new AuthorizeAttribute
        {
            AuthenticationSchemes = $"{IdentityConstants.ApplicationScheme},{ApiKeyAuthentication.SchemeName}",
        });
        app.MapGet("/licenses/{id}/pdf", LicenseEndpoints.Pdf).RequireAuthorization(new AuthorizeAttribute
        {
            AuthenticationSchemes = $"{IdentityConstants.ApplicationScheme},{ApiKeyAuthentication.SchemeName}",
        });
        return app;
    }

    // The original goes only to licensees, as an attachment: never rendered inline by the browser.
    private static async Task<IResult> Download(string id, HttpContext http, IGrainFactory grains, FileStore files, LicenseRegistry licenses, PartyProvisioner parties)
    {
        var partyId = http.User.FindFirstValue(ApiKeyAuthentication.PartyClaim) ?? await parties.EnsurePartyAsync(http.User);
        var work = await grains.GetGrain<IWorkGrain>(id).Get();
        if (partyId is null || work?.File is null || !await licenses.HoldsAsync(partyId, id, http.RequestAborted))
        {
            return Results.NotFound();
        }

        var original = await files.GetAsync(FileStore.OriginalKey(id), http.RequestAborted);
        if (original is null)
        {
            return Results.NotFound();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers["tdm-reservation"] = work.Consent.DataMining == "allowed" ? "0" : "1";
        return Results.File(original.Content, original.MediaType, DownloadName(work.File.Name, original.Content));
    }

    // The uploaded name with the extension of what the bytes are: "page.html" holding plain text is
    // saved as "page.txt", so a browser opening the saved file never renders it as HTML.
    private static string DownloadName(string uploadedName, byte[] content) =>
        FileFormat.Sniff(content) is { } format ? $"{Path.GetFileNameWithoutExtension(uploadedName)}.{format.Extension}" : uploadedName;
}
