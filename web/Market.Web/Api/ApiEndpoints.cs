using Market.Contracts.Payouts;
using Market.Domain.Catalog;
using Market.Domain.Parties;
using Market.Store.Models;
using Market.Store.Models.Signing;
using Market.Web.Api.Accounts;
using Market.Web.Api.Documentation;
using Market.Web.Api.Licenses;
using Market.Web.Api.Orders;
using Market.Web.Api.Generations;
using Market.Web.Api.Models;
using Market.Web.Api.Royalties;
using Market.Web.Api.Statements;
using Market.Web.Api.Works;
using Market.Web.Catalog;
using Market.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Market.Web.Api;

/// <summary>
/// The public API v1 (DESIGN section 4): routes, who may call them, and what each takes and answers
/// (the OpenAPI document at <c>/openapi/v1.json</c> is read from this). Every route also may answer 429,
/// and 401/403 when it needs a key (<see cref="SharedResponses"/>).
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Maps every <c>/api/v1</c> route.</summary>
    public static IEndpointRouteBuilder MapMarketApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").DisableAntiforgery().WithSharedResponses();
        api.MapPost("/accounts", CreateAccount.Handle).RequireRateLimiting(CreateAccount.RateLimit).WithSummary("Open an account and get its API key (shown once)")
            .JsonBody<CreateAccount.Request>().Produces<CreateAccount.Response>(Status201Created);
        api.MapGet("/accounts/{id}/balance", GetBalance.Handle).RequireAuthorization(AnyKey()).WithSummary("Your balance, with the reason for every hold")
            .Produces<BalanceView>().ProducesProblem(Status404NotFound);
        api.MapGet("/accounts/{id}/statements/{period}", GetStatement.Handle).RequireAuthorization(AnyKey()).WithSummary("Your monthly statement (JSON, .csv or .pdf)")
            .Describe("period", "The month, yyyy-MM; add .csv or .pdf for those documents. The bytes' SHA-256 is in X-Statement-Sha256.")
            .Produces<StatementResponse>().AlsoAsDocuments("text/csv", "application/pdf").ProducesValidationProblem().ProducesProblems(Status404NotFound, Status409Conflict);
        api.MapPost("/admin/statements/{period}/close", CloseStatements.Handle).RequireAuthorization(Role(Roles.Admin)).WithSummary("Close a month's statements, recording their hashes")
            .Describe("period", "The month, yyyy-MM; it must have begun.").Produces<CloseStatements.Response>().ProducesValidationProblem().ProducesProblem(Status409Conflict);
        api.MapPost("/accounts/{id}/payout-account", Payouts.ConnectPayoutAccount.Handle).RequireAuthorization(AnyKey()).WithSummary("Open your payout account")
            .Produces<Payouts.ConnectPayoutAccount.Response>().ProducesProblem(Status404NotFound);
        api.MapGet("/accounts/{id}/payout-account", Payouts.PayoutSettings.Get).RequireAuthorization(AnyKey()).WithSummary("Your payout account and threshold")
            .Produces<Payouts.PayoutSettings.Response>().ProducesProblem(Status404NotFound);
        api.MapPut("/accounts/{id}/payout-settings", Payouts.PayoutSettings.Put).RequireAuthorization(AnyKey()).WithSummary("Set your own payout threshold")
            .JsonBody<Payouts.PayoutSettings.Request>().Produces<Payouts.PayoutSettings.Response>().ProducesProblem(Status404NotFound);
        api.MapPost("/admin/payout-runs", Payouts.PayoutRuns.Start).RequireAuthorization(Role(Roles.Admin)).WithSummary("Run payouts now, or resume a named run")
            .Produces<PayoutRunView>().ProducesProblems(Status400BadRequest, Status409Conflict);
        api.MapGet("/admin/payout-runs/{runId}", Payouts.PayoutRuns.Get).RequireAuthorization(Role(Roles.Admin)).WithSummary("A payout run and its transfers")
            .Produces<PayoutRunView>().ProducesProblem(Status404NotFound);
        api.MapPost("/admin/holds/mature", Payouts.PayoutRuns.MatureHolds).RequireAuthorization(Role(Roles.Admin)).WithSummary("Move matured earnings to available now")
            .Produces<Payouts.PayoutRuns.Matured>();
        api.MapGet("/admin/reconciliation", Admin.ReconciliationReports.Handle).RequireAuthorization(Role(Roles.Admin)).WithSummary("The latest daily reconciliations with Stripe")
            .Produces<IReadOnlyList<Admin.ReconciliationReports.Day>>();
        api.MapPost("/works", CreateWork.Handle).RequireAuthorization(Role(Roles.Artist)).WithSummary("Register a work, its file as base64")
            .JsonBody<CreateWork.Request>().Produces<CreateWork.Response>(Status201Created);
        api.MapGet("/catalog", SearchCatalog.Handle).WithSummary("Search the catalog").Produces<SearchCatalog.Response>().ProducesValidationProblem()
            .Query("q", JsonSchemaType.String, "Words to find in titles, descriptions and tags.")
            .Query("kind", JsonSchemaType.String, "Only works of this kind.", WorkKind.All)
            .Query("origin", JsonSchemaType.String, "Original works or generated ones.", CatalogQuery.Origins)
            .Query("minPriceMinor", JsonSchemaType.Integer, "Cheapest offer at least this, in minor units.")
            .Query("maxPriceMinor", JsonSchemaType.Integer, "Cheapest offer at most this, in minor units.")
            .Query("modelId", JsonSchemaType.String, "Only pieces made with this model version.")
            .Query("artistId", JsonSchemaType.String, "Only this artist's works.")
            .Query("sort", JsonSchemaType.String, "The order; newest first by default.", CatalogQuery.Sorts)
            .Query("page", JsonSchemaType.Integer, "The page, from 1.")
            .Query("pageSize", JsonSchemaType.Integer, "Works per page (24 by default).");
        api.MapPost("/orders", PlaceOrderEndpoint.Handle).RequireAuthorization(Role(Roles.Buyer)).WithSummary("Order licenses and get the checkout URL")
            .IdempotencyKeyHeader("A retry with the same key answers the first order.")
            .JsonBody<PlaceOrderEndpoint.Request>().Produces<PlaceOrderEndpoint.Response>(Status201Created).ProducesProblem(Status502BadGateway);
        api.MapGet("/orders/{id}", GetOrderEndpoint.Handle).RequireAuthorization(AnyKey()).WithSummary("Your order: status, lines, licenses")
            .Produces<GetOrderEndpoint.Response>().ProducesProblem(Status404NotFound);
        api.MapGet("/licenses/{id}", LicenseEndpoints.Get).RequireAuthorization(AnyKey()).WithSummary("Your license certificate and its signature")
            .Produces<LicenseEndpoints.SignedCertificate>().ProducesProblem(Status404NotFound);
        api.MapGet("/licenses/{id}/pdf", LicenseEndpoints.Pdf).RequireAuthorization(AnyKey()).WithSummary("Your license certificate as PDF")
            .Produces<Stream>(Status200OK, "application/pdf").ProducesProblem(Status404NotFound);
        api.MapGet("/licenses/{id}/verify", LicenseEndpoints.Verify).WithSummary("Check that a stored certificate is what the platform signed")
            .Produces<LicenseEndpoints.Verification>();
        api.MapPost("/licenses/verify", LicenseEndpoints.VerifyPresented).WithSummary("Check a certificate as it was presented to you")
            .JsonBody<LicenseEndpoints.SignedCertificate>().Produces<LicenseEndpoints.Verification>();
        api.MapGet("/works/{id}", GetWork.Handle).WithSummary("A work's public view").Produces<GetWork.Response>().ProducesProblem(Status404NotFound);
        api.MapGet("/admin/ledger/check", Admin.CheckLedger.Handle).RequireAuthorization(Role(Roles.Admin)).WithSummary("Check the ledger's invariants")
            .Produces<Admin.CheckLedger.Response>();
        api.MapPost("/admin/orders/{id}/refunds", Admin.RefundsEndpoint.Handle).RequireAuthorization(Role(Roles.Admin)).WithSummary("Refund a line or the whole order")
            .IdempotencyKeyHeader("A retry with the same key finds the first refund.").JsonBody<Admin.RefundsEndpoint.Request>()
            .Produces<Admin.RefundsEndpoint.Response>().Produces<Admin.RefundsEndpoint.Response>(Status202Accepted)
            .ProducesProblems(Status404NotFound, Status409Conflict, Status502BadGateway, Status503ServiceUnavailable);
        api.MapPost("/admin/orders/{id}/disputes", Admin.DisputesSimulation.Handle).RequireAuthorization(Role(Roles.Admin)).WithSummary("Sandbox: play the buyer's bank opening or closing a dispute")
            .JsonBody<Admin.DisputesSimulation.Request>().Produces<Admin.DisputesSimulation.Response>().ProducesProblems(Status404NotFound, Status409Conflict, Status502BadGateway);
        api.MapGet("/works/{id}/royalty-split", RoyaltySplit.Handle).WithSummary("Who would be paid what from a sale at a price")
            .Describe("priceMinor", "The sale price in minor units, e.g. 2000.").Produces<RoyaltySplit.Response>().ProducesValidationProblem().ProducesProblem(Status404NotFound);
        api.MapGet("/works/{id}/provenance", Provenance.Handle).WithSummary("The royalty graph behind a work")
            .Produces<Provenance.Response>().ProducesProblem(Status404NotFound);
        api.MapPut("/works/{id}/consent", UpdateConsent.Handle).RequireAuthorization(Role(Roles.Artist)).WithSummary("Change a work's training consent (its owners)")
            .JsonBody<Consent>().Produces<UpdateConsent.Response>().ProducesProblems(Status403Forbidden, Status404NotFound);
        api.MapPut("/works/{id}/offers", UpdateOffers.Handle).RequireAuthorization(Role($"{Roles.Artist},{Roles.Admin}")).WithSummary("Change a work's tiers and prices")
            .JsonBody<UpdateOffers.Request>().Produces<GetWork.Response>().ProducesProblem(Status404NotFound);
        api.MapPost("/models", CreateModel.Handle).RequireAuthorization(Role(Roles.Operator)).WithSummary("Register a model version and its output terms")
            .JsonBody<ModelDraft>().Produces<CreateModel.Response>(Status201Created).ProducesProblem(Status409Conflict);
        api.MapGet("/models/{id}", GetModel.Handle).WithSummary("A model version's public view").Produces<GetModel.Response>().ProducesProblem(Status404NotFound);
        api.MapPost("/models/{id}/contributions", ImportContributions.Handle).RequireAuthorization(Role(Roles.Operator)).WithSummary("Upload training-set entries (JSON array or NDJSON)")
            .ContributionsBody().Produces<ImportContributions.Response>().ProducesValidationProblem()
            .ProducesProblems(Status403Forbidden, Status404NotFound, Status409Conflict, Status413PayloadTooLarge, Status415UnsupportedMediaType);
        api.MapPost("/models/{id}/seal", SealModel.Handle).RequireAuthorization(Role(Roles.Operator)).WithSummary("Seal the training set")
            .Produces<SealModel.Response>().ProducesProblems(Status403Forbidden, Status404NotFound, Status409Conflict);
        api.MapPost("/generations", CreateGeneration.Handle).RequireAuthorization(Role(Roles.Operator)).WithSummary("Register a piece a model made")
            .IdempotencyKeyHeader("A retry with the same body answers the first piece; another body under the same key gets a 422.")
            .JsonBody<CreateGeneration.Request>().Produces<CreateGeneration.Response>(Status201Created)
            .ProducesProblems(Status403Forbidden, Status409Conflict, Status422UnprocessableEntity);
        api.MapGet("/works/{id}/inclusions", Inclusions.Handle).WithSummary("The sealed model versions trained on a work")
            .Produces<Inclusions.Response>().ProducesProblem(Status404NotFound);
        api.MapGet("/works/{id}/manifest", GetManifest.Handle).WithSummary("A generated work's signed provenance manifest")
            .Produces<SignedManifest>().ProducesProblem(Status404NotFound);
        api.MapPost("/manifests/verify", VerifyManifest.Handle).WithSummary("Check a provenance manifest's signature")
            .JsonBody<VerifyManifest.Request>().Produces<VerifyManifest.Response>();
        api.MapGet("/signing-key", GetSigningKey.Handle).WithSummary("The platform's signing keys, current first").Produces<SigningKeySet>();
        api.MapPost("/admin/signing-key/rotate", Admin.RotateSigningKey.Handle).RequireAuthorization(Role(Roles.Admin)).WithSummary("Make a new signing key")
            .Produces<SigningKeySet>();
        api.MapGet("/accounts/{id}/named-roles", NamedRoleEndpoints.List).RequireAuthorization(AnyKey()).WithSummary("Works naming you that await your answer, and the people you named")
            .Produces<NamedRoleEndpoints.ListView>().ProducesProblem(Status404NotFound);
        api.MapPost("/works/{id}/named-roles/accept", NamedRoleEndpoints.Accept).RequireAuthorization(AnyKey()).WithSummary("Accept the role a work names you in")
            .Produces<GetWork.Response>().ProducesProblems(Status404NotFound, Status409Conflict);
        api.MapPost("/works/{id}/named-roles/decline", NamedRoleEndpoints.Decline).RequireAuthorization(AnyKey()).WithSummary("Decline the role a work names you in; it stays off sale")
            .Produces<GetWork.Response>().ProducesProblems(Status404NotFound, Status409Conflict);
        return app;
    }

    private static AuthorizeAttribute AnyKey() => new() { AuthenticationSchemes = ApiKeyAuthentication.SchemeName };

    private static AuthorizeAttribute Role(string role) =>
        new() { AuthenticationSchemes = ApiKeyAuthentication.SchemeName, Roles = role };
}
