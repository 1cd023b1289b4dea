using System.Security.Claims;
using Market.Domain.Parties;
using Market.Domain.Statements;
using Market.Grains.Statements;

namespace Market.Web.Api.Statements;

/// <summary><c>GET /api/v1/accounts/{id}/statements/{yyyy-MM}</c>, <c>.csv</c> and <c>.pdf</c>: a party's own monthly statement.</summary>
public static class GetStatement
{
    /// <summary>The response header carrying the SHA-256 of the bytes (the CSV's for the JSON).</summary>
    public const string HashHeader = "X-Statement-Sha256";

    /// <summary>Handles the call; nobody reads another party's statement.</summary>
    public static async Task<IResult> Handle(
        string id, string period, ClaimsPrincipal user, HttpResponse response, StatementDocuments statements, CancellationToken cancellationToken)
    {
        if (id != user.FindFirstValue(ApiKeyAuthentication.PartyClaim) && !user.IsInRole(Roles.Admin))
            return Problems.NotFound($"No account of yours has id '{id}'.");
        var (month, format) = Split(period);
        if (!StatementPeriod.TryParse(month, out var parsed))
            return Problems.Field("period", $"'{period}' is not a month: write yyyy-MM (e.g. 2026-11), optionally followed by .csv or .pdf.");
        return await RespondAsync(statements, id, parsed, format, response, cancellationToken);
    }

    /// <summary>Answers with the statement in <paramref name="format"/> (json, csv or pdf), its hash in <see cref="HashHeader"/>.</summary>
    /// <remarks>Only what is served is rendered: the JSON its figures and the CSV's hash, the CSV or the PDF that document.</remarks>
    public static async Task<IResult> RespondAsync(
        StatementDocuments statements, string partyId, StatementPeriod period, string format, HttpResponse response, CancellationToken cancellationToken)
    {
        RenderedStatement rendered;
        try
        {
            rendered = await statements.GetAsync(partyId, period, format switch { "pdf" => StatementFormat.Pdf, "csv" => StatementFormat.Csv, _ => StatementFormat.Figures }, cancellationToken);
        }
        catch (StatementChangedException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Closed statement changed", detail: e.Message);
        }

        response.Headers[HashHeader] = rendered.Sha256;
        var name = $"statement-{period}";
        return format switch
        {
            "csv" => Results.File(rendered.Bytes, "text/csv; charset=utf-8", name + ".csv"),
            "pdf" => Results.File(rendered.Bytes, "application/pdf", name + ".pdf"),
            _ => Results.Ok(StatementResponse.From(rendered)),
        };
    }

    private static (string Month, string Format) Split(string period) =>
        period.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? (period[..^4], "csv")
        : period.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? (period[..^4], "pdf")
        : (period, "json");
}
