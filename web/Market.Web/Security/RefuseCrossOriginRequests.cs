namespace Market.Web.Security;

/// <summary>
/// Refuses a cookie-authenticated request that another site made the browser send — the defence of a
/// form that sits on a page shared by every visitor (output-cached), which therefore cannot carry a
/// per-visitor antiforgery token. Browsers state where a request comes from and scripts cannot forge it:
/// the <c>Origin</c> header must name this host; when a browser sends none, <c>Sec-Fetch-Site</c> must say
/// <c>same-origin</c> (or <c>none</c>: typed or bookmarked). A request with neither is refused too: every
/// browser sends <c>Origin</c> on a form post, so such a request is not our form, and scripts use the API.
/// The sign-in cookie is SameSite=Lax besides, so a cross-site post does not carry it at all.
/// <para>
/// The origin is matched on host and port, not scheme, as Go's <c>http.CrossOriginProtection</c> does:
/// behind a TLS-terminating proxy the request arrives as http while the page was https; HSTS keeps
/// browsers off an http page of this host, so the scheme adds nothing an attacker could use.
/// </para>
/// </summary>
public sealed class RefuseCrossOriginRequests : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (IsSameOrigin(request)) return await next(context);

        var origin = request.Headers.Origin.ToString();
        return Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Cross-site request refused",
            detail: origin.Length > 0
                ? $"This form may only be sent from {request.Host} itself; this request came from {origin}."
                : $"This form may only be sent by a browser from {request.Host} itself; the request said neither its Origin nor Sec-Fetch-Site.");
    }

    /// <summary>Whether the browser says <paramref name="request"/> comes from a page of this host.</summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" &&
                   string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
        }

        return request.Headers["Sec-Fetch-Site"].ToString() is "same-origin" or "none";
    }
}
