using static Market.Web.Tests.Security.AccessRule;

namespace Market.Web.Tests.Security;

/// <summary>
/// Every route that takes a parameter, API and pages, with who may call it. The matrix test fails
/// for a route the app maps that is missing here, so a new route cannot ship unreviewed.
/// </summary>
public static class AccessMatrix
{
    /// <summary>The rules.</summary>
    public static readonly AccessRule[] Rules =
    [
        // API: a party's own money and documents.
        Guarded("GET /api/v1/accounts/{id}/balance", Guard.PartyKey, r => $"/api/v1/accounts/{r.PartyId}/balance"),
        Guarded("GET /api/v1/accounts/{id}/statements/{period}", Guard.PartyKey, r => $"/api/v1/accounts/{r.PartyId}/statements/{r.Period}"),
        Guarded("POST /api/v1/accounts/{id}/payout-account", Guard.PartyKey, r => $"/api/v1/accounts/{r.PartyId}/payout-account"),
        Guarded("GET /api/v1/accounts/{id}/payout-account", Guard.PartyKey, r => $"/api/v1/accounts/{r.PartyId}/payout-account"),
        Guarded("PUT /api/v1/accounts/{id}/payout-settings", Guard.PartyKey, r => $"/api/v1/accounts/{r.PartyId}/payout-settings"),
        Guarded("GET /api/v1/orders/{id}", Guard.PartyKey, r => $"/api/v1/orders/{r.OrderId}"),
        Guarded("GET /api/v1/licenses/{id}", Guard.PartyKey, r => $"/api/v1/licenses/{r.LicenseId}"),
        Guarded("GET /api/v1/licenses/{id}/pdf", Guard.PartyKey, r => $"/api/v1/licenses/{r.LicenseId}/pdf"),
        Guarded("PUT /api/v1/works/{id}/consent", Guard.PartyKey, r => $"/api/v1/works/{r.WorkId}/consent"),
        Guarded("PUT /api/v1/works/{id}/offers", Guard.PartyKey, r => $"/api/v1/works/{r.WorkId}/offers"),
        Guarded("GET /api/v1/accounts/{id}/named-roles", Guard.PartyKey, r => $"/api/v1/accounts/{r.PartyId}/named-roles"),
        // Only the person named on a work answers, for themself: anyone else's answer is refused.
        Guarded("POST /api/v1/works/{id}/named-roles/accept", Guard.PartyKey, r => $"/api/v1/works/{r.WorkId}/named-roles/accept"),
        Guarded("POST /api/v1/works/{id}/named-roles/decline", Guard.PartyKey, r => $"/api/v1/works/{r.WorkId}/named-roles/decline"),
        Guarded("POST /api/v1/models/{id}/contributions", Guard.PartyKey, r => $"/api/v1/models/{r.ModelId}/contributions"),
        Guarded("POST /api/v1/models/{id}/seal", Guard.PartyKey, r => $"/api/v1/models/{r.ModelId}/seal"),

        // API: admin only.
        Guarded("POST /api/v1/admin/statements/{period}/close", Guard.AdminKey, r => $"/api/v1/admin/statements/{r.Period}/close"),
        Guarded("GET /api/v1/admin/payout-runs/{runId}", Guard.AdminKey, r => $"/api/v1/admin/payout-runs/{r.PayoutRunId}"),
        Guarded("POST /api/v1/admin/orders/{id}/refunds", Guard.AdminKey, r => $"/api/v1/admin/orders/{r.OrderId}/refunds"),
        Guarded("POST /api/v1/admin/orders/{id}/disputes", Guard.AdminKey, r => $"/api/v1/admin/orders/{r.OrderId}/disputes"),

        // API: public by design (DESIGN section 4).
        Public("GET /api/v1/works/{id}", "the catalog's public view of a work: offers, consent, provenance summary"),
        Public("GET /api/v1/works/{id}/royalty-split", "buyers see who gets paid from a price before buying"),
        Public("GET /api/v1/works/{id}/provenance", "provenance is published so anyone can check what a generated work came from"),
        Public("GET /api/v1/works/{id}/manifest", "the signed provenance manifest is meant to be verified by anyone"),
        Public("GET /api/v1/works/{id}/inclusions", "inclusion receipts say outward which sealed models trained on a work (no money)"),
        Public("GET /api/v1/models/{id}", "a model version's terms are public: buyers and artists judge it by them"),
        Public("GET /api/v1/licenses/{id}/verify", "anyone holding a certificate may check it is genuine"),

        // The API's description of itself.
        Public("GET /api/docs/{documentName?}", "the API reference page shows the public OpenAPI document, no one's data"),

        // Files.
        Public("GET /{**path:file}", "static assets (styles, scripts, images of the site itself)"),
        Public("HEAD /{**path:file}", "static assets (styles, scripts, images of the site itself)"),
        Public("GET /works/{id}/preview", "the watermark-size preview shown in the catalog"),
        Guarded("GET /works/{id}/download", Guard.Licensee, r => $"/works/{r.BoughtWorkId}/download"),
        Guarded("GET /licenses/{id}/pdf", Guard.Licensee, r => $"/licenses/{r.LicenseId}/pdf"),

        // Pages.
        Public("PAGE /Works/{id}", "the public work page", r => $"/Works/{r.WorkId}"),
        Public("PAGE /Artists/{id}", "an artist's public page: name and works on sale, as on the catalog", r => $"/Artists/{r.PartyId}"),
        Public("PAGE /Models/{id}", "a model version's public page: terms, training-set size, revenue share", r => $"/Models/{r.ModelId}"),
        Public("PAGE /licenses/{id}", "the public certificate verification page", r => $"/licenses/{r.LicenseId}"),
        Public("PAGE /sandbox/checkout/{sessionId}", "the session id is the capability, as on Stripe's hosted checkout", r => $"/sandbox/checkout/{r.CheckoutSessionId}"),
        Guarded("PAGE /Orders/{id}", Guard.OwnerPage, r => $"/Orders/{r.OrderId}"),
        Guarded("PAGE /Dashboard/Consent/{id}", Guard.OwnerPage, r => $"/Dashboard/Consent/{r.WorkId}", ""),
        Guarded("PAGE /Dashboard/Offers/{id}", Guard.OwnerPage, r => $"/Dashboard/Offers/{r.WorkId}", ""),
        Guarded("PAGE /Operator/Models/{id}", Guard.OwnerPage, r => $"/Operator/Models/{r.ModelId}", "Import", "Seal", "Generate"),
        // The Orleans dashboard (admins only, by sign-in or admin key): its parameters name silos and grain types, not anyone's data.
        Guarded("GET /admin/orleans/fonts/{**path}", Guard.AdminPage, _ => "/admin/orleans/fonts/x.woff"),
        Guarded("GET /admin/orleans/img/{**path}", Guard.AdminPage, _ => "/admin/orleans/img/x.png"),
        Guarded("GET /admin/orleans/Reminders/{page:int}", Guard.AdminPage, _ => "/admin/orleans/Reminders/1"),
        Guarded("GET /admin/orleans/HistoricalStats/{*path}", Guard.AdminPage, _ => "/admin/orleans/HistoricalStats/x"),
        Guarded("GET /admin/orleans/SiloProperties/{*address}", Guard.AdminPage, _ => "/admin/orleans/SiloProperties/x"),
        Guarded("GET /admin/orleans/SiloMetadata/{*address}", Guard.AdminPage, _ => "/admin/orleans/SiloMetadata/x"),
        Guarded("GET /admin/orleans/SiloStats/{*address}", Guard.AdminPage, _ => "/admin/orleans/SiloStats/x"),
        Guarded("GET /admin/orleans/SiloCounters/{*address}", Guard.AdminPage, _ => "/admin/orleans/SiloCounters/x"),
        Guarded("GET /admin/orleans/GrainStats/{*grainName}", Guard.AdminPage, _ => "/admin/orleans/GrainStats/x"),
        Guarded("PAGE /Admin/Orders/{id}", Guard.AdminPage, r => $"/Admin/Orders/{r.OrderId}", "Refund", "Dispute"),
        Guarded("PAGE /Dashboard/Statements/{period}", Guard.SelfPage, r => $"/Dashboard/Statements/{r.Period}"),
        Guarded("PAGE /Operator/Report/{period?}", Guard.SelfPage, r => $"/Operator/Report/{r.Period}"),
        Public("PAGE /Reports/Transparency/{period?}", "the platform's monthly totals are published on purpose; no party is named", r => $"/Reports/Transparency/{r.Period}"),
    ];
}
