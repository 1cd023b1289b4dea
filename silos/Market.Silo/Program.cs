using Market.Hosting;

// A headless silo: grains and scheduled jobs, no pages. It joins the cluster of the web host
// through the membership table in PostgreSQL and serves only /health.
var builder = WebApplication.CreateBuilder(args);
builder.AddMarketSilo();

var app = builder.Build();
app.MapHealthChecks("/health");
app.Run();
