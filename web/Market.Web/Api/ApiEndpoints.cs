using Market.Domain.Parties;
using Market.Web.Api.Accounts;
using Market.Web.Api.Licenses;
using Market.Web.Api.Orders;
using Market.Web.Api.Generations;
using Market.Web.Api.Models;
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
        api.MapGet("/accounts/{id}/balance", GetBalance.Handle).RequireAuthorization(AnyKey());
        api.MapGet("/accounts/{id}/statements/{period}", Statements.GetStatement.Handle).RequireAuthorization(AnyKey());
        api.MapPost("/admin/statements/{period}/close", Statements.CloseStatements.Handle).RequireAuthorization(Role(Roles.Admin));
        api.MapPost("/accounts/{id}/payout-account", Payouts.ConnectPayoutAccount.Handle).RequireAuthorization(AnyKey());
        api.MapGet("/accounts/{id}/payout-account", Payouts.PayoutSettings.Get).RequireAuthorization(AnyKey());
        api.MapPut("/accounts/{id}/payout-settings", Payouts.PayoutSettings.Put).RequireAuthorization(AnyKey());
        api.MapPost("/admin/payout-runs", Payouts.PayoutRuns.Start).RequireAuthorization(Role(Roles.Admin));
        api.MapGet("/admin/payout-runs/{runId}", Payouts.PayoutRuns.Get).RequireAuthorization(Role(Roles.Admin));
        api.MapPost("/admin/holds/mature", Payouts.PayoutRuns.MatureHolds).RequireAuthorization(Role(Roles.Admin));
        api.MapGet("/admin/reconciliation", Admin.ReconciliationReports.Handle).RequireAuthorization(Role(Roles.Admin));
        api.MapPost("/works", CreateWork.Handle).RequireAuthorization(Role(Roles.Artist));
        api.MapGet("/catalog", SearchCatalog.Handle);
        api.MapPost("/orders", PlaceOrderEndpoint.Handle).RequireAuthorization(Role(Roles.Buyer));
        api.MapGet("/orders/{id}", GetOrderEndpoint.Handle).RequireAuthorization(AnyKey());
        api.MapGet("/licenses/{id}", LicenseEndpoints.Get).RequireAuthorization(AnyKey());
        api.MapGet("/licenses/{id}/pdf", LicenseEndpoints.Pdf).RequireAuthorization(AnyKey());
        api.MapGet("/licenses/{id}/verify", LicenseEndpoints.Verify);
        api.MapPost("/licenses/verify", LicenseEndpoints.VerifyPresented);
        api.MapGet("/works/{id}", GetWork.Handle);
        api.MapGet("/admin/ledger/check", Admin.CheckLedger.Handle).RequireAuthorization(Role(Roles.Admin));
        api.MapPost("/admin/orders/{id}/refunds", Admin.RefundsEndpoint.Handle).RequireAuthorization(Role(Roles.Admin));
        api.MapPost("/admin/orders/{id}/disputes", Admin.DisputesSimulation.Handle).RequireAuthorization(Role(Roles.Admin));
        api.MapGet("/works/{id}/royalty-split", RoyaltySplit.Handle);
        api.MapGet("/works/{id}/provenance", Provenance.Handle);
        api.MapPut("/works/{id}/consent", UpdateConsent.Handle).RequireAuthorization(Role(Roles.Artist));
        api.MapGet("/accounts/{id}/named-roles", NamedRoleEndpoints.List).RequireAuthorization(AnyKey());
        api.MapPost("/works/{id}/named-roles/accept", NamedRoleEndpoints.Accept).RequireAuthorization(AnyKey());
        api.MapPost("/works/{id}/named-roles/decline", NamedRoleEndpoints.Decline).RequireAuthorization(AnyKey());
        api.MapPut("/works/{id}/offers", UpdateOffers.Handle).RequireAuthorization(Role($"{Roles.Artist},{Roles.Admin}"));
        api.MapPost("/models", CreateModel.Handle).RequireAuthorization(Role(Roles.Operator));
        api.MapGet("/models/{id}", GetModel.Handle);
        api.MapPost("/models/{id}/contributions", ImportContributions.Handle).RequireAuthorization(Role(Roles.Operator));
        api.MapPost("/models/{id}/seal", SealModel.Handle).RequireAuthorization(Role(Roles.Operator));
        api.MapPost("/generations", CreateGeneration.Handle).RequireAuthorization(Role(Roles.Operator));
        api.MapGet("/works/{id}/inclusions", Inclusions.Handle);
        api.MapGet("/works/{id}/manifest", GetManifest.Handle);
        api.MapPost("/manifests/verify", VerifyManifest.Handle);
        api.MapGet("/signing-key", GetSigningKey.Handle);
        api.MapPost("/admin/signing-key/rotate", Admin.RotateSigningKey.Handle).RequireAuthorization(Role(Roles.Admin));
        return app;
    }

    private static AuthorizeAttribute AnyKey() => new() { AuthenticationSchemes = ApiKeyAuthentication.SchemeName };

    private static AuthorizeAttribute Role(string role) =>
        new() { AuthenticationSchemes = ApiKeyAuthentication.SchemeName, Roles = role };
}
