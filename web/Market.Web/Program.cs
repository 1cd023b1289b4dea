using Market.Hosting;
using Market.Web.Api;
using Market.Web.Api.Documentation;
using Market.Web.Hosting;
using Market.Web.Orders;
using Market.Web.Security;
using Market.Web.Works;

var builder = WebApplication.CreateBuilder(args);
builder.AddMarketSilo();   // grains, Marten, membership: one process runs everything
builder.AddMarketWeb();    // pages, API, Identity

var app = builder.Build();
app.UseForwardedHeaders();   // first: only the proxies in Market:Proxy may say the browser used HTTPS
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
}

app.UseSecurityHeaders();
app.UseStatusCodePages();
app.UseRouting();
app.UseMarketRateLimits();   // recognises API keys first: unknown keys share their address's bucket
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();     // after authentication: signed-in users are never served a cached page

app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapAdminDashboard();   // /admin/orleans, admins only
app.MapMarketApi();
app.MapMarketApiDocumentation();   // /openapi/v1.json and the reference at /api/docs
app.MapWorkFiles();
app.MapTdmRep();
app.MapStripeWebhook();
app.MapCartAdd();         // the work page's add-to-cart form, guarded by origin (the page is cached)
app.MapRazorPages();
app.Run();

/// <summary>Entry point, public so the web tests can host it.</summary>
public partial class Program;
