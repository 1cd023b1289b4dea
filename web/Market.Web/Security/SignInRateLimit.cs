using System.Threading.RateLimiting;

namespace Market.Web.Security;

/// <summary>
/// Slows password guessing: sign-in and registration posts are limited per client address, on
/// top of Identity's lockout of the account itself after repeated failures.
/// </summary>
public static class SignInRateLimit
{
    /// <summary>Posts allowed per address per minute.</summary>
    public const int PerMinute = 10;

    /// <summary>The limiter: only POSTs to the account pages count; everything else passes.</summary>
    public static PartitionedRateLimiter<HttpContext> Create() =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
            HttpMethods.IsPost(http.Request.Method) && IsAccountPage(http.Request.Path)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("unlimited"));

    private static bool IsAccountPage(PathString path) =>
        path.StartsWithSegments("/Identity/Account/Login", StringComparison.OrdinalIgnoreCase) ||
        path.StartsWithSegments("/Identity/Account/Register", StringComparison.OrdinalIgnoreCase);
}
