using Microsoft.AspNetCore.OutputCaching;

namespace Market.Web.Catalog;

/// <summary>
/// The catalog page's output cache. Only what the default policy allows is kept: anonymous GETs
/// answered 200 without a cookie being set, one entry per query string. A registration or a consent
/// change made through this node evicts the lot at once; changes made through another web node show
/// after <see cref="Lifetime"/> at the latest (each node caches in its own memory).
/// </summary>
public sealed class CatalogOutputCache(IOutputCacheStore store)
{
    /// <summary>The policy name the catalog page carries.</summary>
    public const string Policy = "catalog";

    /// <summary>How long a cached catalog page is served.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private const string Tag = "catalog";

    /// <summary>Adds the output cache with the catalog's policy.</summary>
    public static IServiceCollection Add(IServiceCollection services)
    {
        services.AddOutputCache(o => o.AddPolicy(Policy, policy => policy.Expire(Lifetime).Tag(Tag)));
        return services.AddSingleton<CatalogOutputCache>();
    }

    /// <summary>Drops every cached catalog page: the catalog changed.</summary>
    public ValueTask EvictAsync(CancellationToken cancellationToken = default) => store.EvictByTagAsync(Tag, cancellationToken);
}
