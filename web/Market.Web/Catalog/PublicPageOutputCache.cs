using Microsoft.AspNetCore.OutputCaching;

namespace Market.Web.Catalog;

/// <summary>
/// The output cache of the pages every visitor sees alike: the catalog and each work's page. Only what
/// the default policy allows is kept: anonymous GETs answered 200 without a cookie being set. A signed-in
/// visitor (whose name the layout shows) is neither served a stored page nor stores one, because the
/// cache runs after authentication.
/// <para>
/// What these pages show changes only when a work is registered (a new catalog card; a generated
/// piece's page appears), a work's consent changes (its page, the catalog's filters) or its artist changes
/// its offers (its page's tiers and prices, the catalog's "from" price). Each evicts every stored page at
/// once through one tag: changes are rare and a miss costs one render. Nothing else can change them:
/// titles and files are fixed at registration, display names at sign-up, and a model
/// version is sealed — for good — before any piece is generated with it, so the breakdown of a generated
/// piece cannot move under its page. Changes made through another web node show after
/// <see cref="Lifetime"/> at the latest (each node caches in its own memory).
/// </para>
/// </summary>
public sealed class PublicPageOutputCache(IOutputCacheStore store)
{
    /// <summary>The policy the catalog page carries: one entry per query string.</summary>
    public const string CatalogPolicy = "catalog";

    /// <summary>The policy a work's page carries: one entry per work and chosen tier, other query keys ignored.</summary>
    public const string WorkPolicy = "work";

    /// <summary>How long a stored page is served.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private const string Tag = "public-pages";

    /// <summary>Adds the output cache with both policies.</summary>
    public static IServiceCollection Add(IServiceCollection services)
    {
        services.AddOutputCache(o =>
        {
            o.UseCaseSensitivePaths = true;   // work ids are case-sensitive: /Works/W_1 must not be answered with w_1's page
            o.AddPolicy(CatalogPolicy, policy => policy.Expire(Lifetime).Tag(Tag));
            o.AddPolicy(WorkPolicy, policy => policy.Expire(Lifetime).SetVaryByQuery("tier").Tag(Tag));
        });
        return services.AddSingleton<PublicPageOutputCache>();
    }

    /// <summary>Drops every stored public page: a work was registered, or its consent or offers changed.</summary>
    public ValueTask EvictAsync(CancellationToken cancellationToken = default) => store.EvictByTagAsync(Tag, cancellationToken);
}
