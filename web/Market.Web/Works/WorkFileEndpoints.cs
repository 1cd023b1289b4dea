using Market.Contracts.Works;
using Market.Store.Files;

namespace Market.Web.Works;

/// <summary>Serves preview images. Originals are for licensees only and are not served here.</summary>
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
        return app;
    }
}
