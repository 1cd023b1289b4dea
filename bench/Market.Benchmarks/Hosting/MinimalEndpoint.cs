using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Market.Benchmarks.Hosting;

/// <summary>
/// The reference the pages are measured against (DESIGN 6): a minimal ASP.NET Core endpoint,
/// <c>app.MapGet("/minimal", () => "Hello World!")</c>, in the same process as Market. Added by
/// the harness in front of the app's pipeline, so the product itself gains no route.
/// </summary>
public sealed class MinimalEndpoint : IStartupFilter
{
    /// <summary>Where it answers.</summary>
    public const string Path = "/_bench/minimal";

    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        // A branch has its own routing, so it neither sees nor disturbs the app's endpoints.
        app.Map("/_bench", branch =>
        {
            branch.UseRouting();
            branch.UseEndpoints(endpoints => endpoints.MapGet("/minimal", () => "Hello World!"));
        });
        next(app);
    };
}
