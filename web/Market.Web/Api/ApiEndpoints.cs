using Market.Domain.Parties;
using Market.Web.Api.Accounts;
using Market.Web.Api.Royalties;
using Market.Web.Api.Works;
using Microsoft.AspNetCore.Authorization;

namespace Market.Web.Api;

/// <summary>The public API v1 (DESIGN section 4): routes and who may call them.</summary>
public static class ApiEndpoints
{
    /// <summary>Maps every <c>/api/v1</c> route.</summary>
    public static IEndpointRouteBuilder MapMarketApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").DisableAntiforgery();
        api.MapPost("/accounts", CreateAccount.Handle).RequireRateLimiting(CreateAccount.RateLimit);
        api.MapPost("/works", CreateWork.Handle).RequireAuthorization(Role(Roles.Artist));
        api.MapGet("/catalog", SearchCatalog.Handle);
        api.MapGet("/works/{id}", GetWork.Handle);
        api.MapGet("/works/{id}/royalty-split", RoyaltySplit.Handle);
        api.MapPut("/works/{id}/consent", UpdateConsent.Handle).RequireAuthorization(Role(Roles.Artist));
        return app;
    }

    private static AuthorizeAttribute Role(string role) =>
        new() { AuthenticationSchemes = ApiKeyAuthentication.SchemeName, Roles = role };
}
