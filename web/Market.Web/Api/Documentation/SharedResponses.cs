using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Market.Web.Api.Documentation;

/// <summary>
/// What every API route shares, added to each route's metadata once its own conventions have run: the
/// problem answers of the API key (401 without one, 403 without the role) and of the rate limit (429),
/// and a tag naming its area, so a route added later is described with them without anyone remembering to.
/// </summary>
internal static class SharedResponses
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>Adds the shared answers and the area tag to every route of <paramref name="api"/>.</summary>
    public static RouteGroupBuilder WithSharedResponses(this RouteGroupBuilder api)
    {
        // Finally: after each route's own conventions, so its authorization and declared answers are known.
        ((IEndpointConventionBuilder)api).Finally(endpoint =>
        {
            var rules = endpoint.Metadata.OfType<IAuthorizeData>().ToList();
            if (rules.Count > 0) Problem(endpoint, StatusCodes.Status401Unauthorized);
            if (rules.Any(r => !string.IsNullOrEmpty(r.Roles))) Problem(endpoint, StatusCodes.Status403Forbidden);
            Problem(endpoint, StatusCodes.Status429TooManyRequests);   // every /api call counts against its caller's limit
            if (!endpoint.Metadata.OfType<ITagsMetadata>().Any() && endpoint is RouteEndpointBuilder { RoutePattern: var pattern })
                endpoint.Metadata.Add(new TagsAttribute(AreaOf(pattern)));
        });
        return api;
    }

    // A route's area is its first segment after /api/v1: accounts, admin, works, models…
    private static string AreaOf(RoutePattern pattern)
    {
        var area = pattern.PathSegments.Skip(2).FirstOrDefault()?.Parts.OfType<RoutePatternLiteralPart>().FirstOrDefault()?.Content ?? "api";
        return char.ToUpperInvariant(area[0]) + area[1..].Replace('-', ' ');
    }

    private static void Problem(EndpointBuilder endpoint, int status)
    {
        if (endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().All(m => m.StatusCode != status))
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), [ProblemJson]));
    }
}
