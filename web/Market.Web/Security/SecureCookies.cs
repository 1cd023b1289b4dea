using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Market.Web.Security;

/// <summary>Names and flags every cookie Market sets (sign-in, two-factor, antiforgery, temp data) by <see cref="CookieSecurityOptions"/>.</summary>
public static class SecureCookies
{
    /// <summary>The prefix browsers honour only on a Secure cookie with path <c>/</c> and no domain.</summary>
    public const string HostPrefix = "__Host-";

    /// <summary>Configures the cookies; call after Identity is added.</summary>
    public static IServiceCollection AddMarketCookies(this IServiceCollection services, IConfiguration configuration)
    {
        var secure = (configuration.GetSection(CookieSecurityOptions.SectionName).Get<CookieSecurityOptions>() ?? new()).Secure;
        void Apply(CookieBuilder cookie, string name)
        {
            cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            if (!secure) return;
            cookie.Name = HostPrefix + name;
            cookie.Path = "/";
            cookie.Domain = null;
        }

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.SameSite = SameSiteMode.Lax;   // never sent on a cross-site post: /Cart/Add relies on it
            Apply(o.Cookie, "market-auth");
        });
        foreach (var (scheme, name) in new[]
        {
            (IdentityConstants.TwoFactorUserIdScheme, "market-2fa"),
            (IdentityConstants.TwoFactorRememberMeScheme, "market-2fa-remember"),
            (IdentityConstants.ExternalScheme, "market-external"),
        })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, o => Apply(o.Cookie, name));
        }

        services.AddAntiforgery(o => Apply(o.Cookie, "market-antiforgery"));
        services.Configure<CookieTempDataProviderOptions>(o => Apply(o.Cookie, "market-tempdata"));
        return services;
    }
}
