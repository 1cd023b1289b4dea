using Marten;
using Market.Domain.Catalog;
using Market.Store.Catalog;

namespace Market.Web.Works;

/// <summary>
/// <c>/.well-known/tdmrep.json</c> (W3C TDMRep): text and data mining rights are reserved for every
/// work except those whose artists allowed data mining. Rules are read in order: exceptions first.
/// Reserved works point to <see cref="TdmPolicy"/>, published beside it.
/// </summary>
public static class TdmRepEndpoint
{
    /// <summary>Maps the file.</summary>
    public static IEndpointRouteBuilder MapTdmRep(this IEndpointRouteBuilder app)
    {
        app.MapGet("/.well-known/tdmrep.json", async (HttpContext http, IQuerySession documents) =>
        {
            var allowed = await documents.Query<CatalogEntry>()
                .Where(entry => entry.DataMining == Consent.Allowed)
                .OrderBy(entry => entry.Id)
                .Select(entry => entry.Id)
                .ToListAsync(http.RequestAborted);
            var policy = Origin(http) + TdmPolicy.Path;
            var rules = allowed
                .SelectMany(id => new TdmRule[]
                {
                    new TdmRule($"/Works/{id}", 0, null),
                    new TdmRule($"/works/{id}/*", 0, null),
                })
                .Append(new TdmRule("/*", 1, policy));
            return Results.Json(rules, TdmRule.Json, "application/json");
        });
        app.MapGet(TdmPolicy.Path, (HttpContext http) => Results.Text(TdmPolicy.For(Origin(http)).ToJsonString(), "application/ld+json"));
        return app;
    }

    // Forwarded headers have already been applied from trusted proxies only (Market:Proxy).
    private static string Origin(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
