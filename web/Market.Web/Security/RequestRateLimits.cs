using System.Globalization;
using System.Threading.RateLimiting;
using Market.Domain.Parties;
using Market.Web.Api;
using Market.Web.Api.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Market.Web.Security;

/// <summary>
/// The limits every request passes: sign-in and registration posts per address, API calls per caller,
/// public reports per address, and opening API accounts per address. A refused request gets 429 with Retry-After.
/// An API caller is its key only once the key has been recognised: a missing, unknown or revoked key
/// counts against its address, so random bearer strings cannot each open a fresh bucket.
/// </summary>
public static class RequestRateLimits
{
    /// <summary>Registers the limiter with the limits from <see cref="RateLimitOptions"/>.</summary>
    public static IServiceCollection AddMarketRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, limits) =>
        {
            var perMinute = limits.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => Partition(http, perMinute));
            o.AddPolicy(CreateAccount.RateLimit, http => PerMinute("accounts:" + Address(http), perMinute.AccountsPerMinute));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, RateLimitOptions limits)
    {
        var path = http.Request.Path;
        if (HttpMethods.IsPost(http.Request.Method) && IsAccountPage(path)) return PerMinute("signin:" + Address(http), limits.SignInPerMinute);
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return PerMinute("api:" + Caller(http), limits.ApiPerMinute);
        if (path.StartsWithSegments("/Reports", StringComparison.OrdinalIgnoreCase)) return PerMinute("reports:" + Address(http), limits.ReportsPerMinute);
        return RateLimitPartition.GetNoLimiter("unlimited");
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// The limiter, after recognising the API key of an <c>/api</c> request (the authentication handler
    /// keeps its answer for the request, so the key is looked up once).
    /// </summary>
    public static IApplicationBuilder UseMarketRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                && (await http.AuthenticateAsync(ApiKeyAuthentication.SchemeName)).Principal?.FindFirst(ApiKeyAuthentication.PartyClaim) is { } party)
            {
                http.Items[KeyedCaller] = "party:" + party.Value;
            }

            await next(http);
        });
        return app.UseRateLimiter();
    }

    private const string KeyedCaller = "market:rate-limit-caller";

    // A recognised key is limited by its party, anything else by address.
    private static string Caller(HttpContext http) => http.Items[KeyedCaller] as string ?? Address(http);

    private static bool IsAccountPage(PathString path) =>
        path.StartsWithSegments("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/Identity/Account/Register", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/Identity/Account/LoginWith2fa", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/Identity/Account/LoginWithRecoveryCode", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/Identity/Account/ForgotPassword", StringComparison.OrdinalIgnoreCase);
}
