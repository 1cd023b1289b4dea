using Market.Domain.Parties;
using Market.Hosting.Telemetry;
using Market.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Orleans.Dashboard;

namespace Market.Web.Hosting;

/// <summary>The Orleans dashboard under <see cref="Path"/>, for admins only (signed in, or with an admin API key).</summary>
public static class AdminDashboard
{
    /// <summary>Where the dashboard is served.</summary>
    public const string Path = "/admin/orleans";

    /// <summary>Maps the dashboard's page and its API, every route behind the admin role; nothing when the silo collects no statistics.</summary>
    public static WebApplication MapAdminDashboard(this WebApplication app)
    {
        var telemetry = app.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new();
        if (telemetry.Dashboard)
        {
            app.MapOrleansDashboard(routePrefix: Path).RequireAuthorization(new AuthorizeAttribute
            {
                Roles = Roles.Admin,
                AuthenticationSchemes = $"{IdentityConstants.ApplicationScheme},{ApiKeyAuthentication.SchemeName}",
            });
        }

        return app;
    }
}
