using Market.Payments;

namespace Market.Web.Security;

/// <summary>
/// Headers every response carries: no framing, no sniffing, no leaking of full URLs, and a content
/// security policy that only lets this site's own scripts, styles and images run. HSTS is sent on
/// plain HTTP too: browsers ignore it there, and behind a TLS-terminating proxy it is what reaches them.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The content security policy. Forms post to this site only; in Stripe mode their answers may
    /// also redirect to Stripe's pages (<paramref name="formRedirectOrigins"/>): browsers hold a form's
    /// redirects to <c>form-action</c> too, so without them checkout and onboarding would stop dead.
    /// </summary>
    public static string ContentSecurityPolicy(IEnumerable<string> formRedirectOrigins) =>
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
        $"base-uri 'self'; form-action {string.Join(' ', ["'self'", .. formRedirectOrigins])}; frame-ancestors 'none'";

    /// <summary>
    /// <paramref name="policy"/> that also runs the inline scripts carrying <paramref name="nonce"/> and applies inline
    /// styles: for a page whose package starts itself with an inline script and styles its elements from script.
    /// Any other inline script stays refused.
    /// </summary>
    public static string WithScriptNonceAndInlineStyles(string policy, string nonce) => policy
        .Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal)
        .Replace("style-src 'self'", "style-src 'self' 'unsafe-inline'", StringComparison.Ordinal);

    /// <summary>Adds the headers to every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var payments = app.ApplicationServices.GetRequiredService<PaymentsOptions>();
        var policy = ContentSecurityPolicy(payments.IsSandbox ? [] : payments.RedirectOriginList);
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return next(context);
        });
    }
}
