using System.Text.Json;
using System.Text.Json.Serialization;
using Market.Hosting;
using Market.Store;
using Market.Web.Api;
using Market.Web.Api.Accounts;
using Market.Web.Api.Documentation;
using Market.Web.Demo;
using Market.Web.Identity;
using Market.Web.Models;
using Market.Web.Orders;
using Market.Web.Security;
using Market.Web.Works;
using Market.Payments;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Market.Web.Hosting;

/// <summary>The storefront, the API and people's accounts, on top of the co-hosted silo.</summary>
public static class WebHostingExtensions
{
    /// <summary>Adds pages, API, Identity, rate limits and the services they use.</summary>
    public static WebApplicationBuilder AddMarketWeb(this WebApplicationBuilder builder)
    {
        // Run from the build output (infra/run.sh), the static files live in the project and in the
        // Identity UI package; the static web assets manifest maps them in every environment.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        services.AddSingleton<PreviewMaker>();
        services.AddSingleton<WorkRegistration>();
        services.AddSingleton<NamedRoleRequests>();
        services.AddSingleton<Market.Web.Api.Models.ContributionStaging>();
        Market.Web.Catalog.PublicPageOutputCache.Add(services);
        services.AddSingleton<OrderPlacement>();
        services.AddSingleton<BalanceReport>();
        Market.Web.Reports.ReportsRegistration.AddMarketReports(services);
        services.AddMarketPayments(builder.Configuration, builder.Environment);
        services.AddSingleton<Market.Payments.Sandbox.ILocalSite, ServerLocalSite>();
        services.AddMarketModels();
        services.AddScoped<PartyProvisioner>();
        services.AddProblemDetails();
        services.AddMarketApiDocumentation();
        services.AddMarketDataProtection();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });

        var store = builder.Configuration.GetSection(MarketStoreOptions.SectionName).Get<MarketStoreOptions>() ?? new();
        services.AddDbContext<MarketIdentityDbContext>(o => o.UseNpgsql(store.ConnectionString,
            npgsql => npgsql.MigrationsHistoryTable("__ef_migrations", MarketIdentityDbContext.Schema)));
        services.AddDefaultIdentity<MarketUser>(o =>
            {
                o.SignIn.RequireConfirmedAccount = false;
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = o.Password.RequireLowercase = o.Password.RequireUppercase = o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MarketIdentityDbContext>();
        services.AddMarketCookies(builder.Configuration);
        services.AddMarketForwardedHeaders(builder.Configuration);
        services.AddHostedService<IdentitySchemaInitializer>();
        services.AddSingleton<AdminWebRole>();
        services.AddHostedService<AdminBootstrap>();
        services.AddSingleton<DemoMarketplace>();
        services.AddHostedService<DemoSeeder>();
        services.AddHostedService<DemoSales>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorization();
        services.AddMarketRateLimits();
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Dashboard");
            AdminTwoFactor.RequireOn(o.Conventions, "/Admin");
        });
        return builder;
    }
}
