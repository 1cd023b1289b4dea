using Market.Domain.Statements;
using Market.Grains.Statements;

namespace Market.Web.Api.Statements;

/// <summary>
/// <c>POST /api/v1/admin/statements/{yyyy-MM}/close</c>: records the hashes of every party's
/// statement for a month that has started (closing the current month early is allowed, for month-end
/// runs a little before midnight and for tests); later months are refused.
/// </summary>
public static class CloseStatements
{
    /// <summary>One party's recorded statement.</summary>
    public sealed record Closed(string PartyId, string CsvSha256, string PdfSha256);

    /// <summary>The answer: the month closed and every party's recorded statement.</summary>
    public sealed record Response(string Period, IEnumerable<Closed> Statements);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(string period, StatementDocuments statements, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!StatementPeriod.TryParse(period, out var month))
            return Problems.Field("period", $"'{period}' is not a month: write yyyy-MM (e.g. 2026-11).");
        if (month.Start > time.GetUtcNow())
            return Problems.Field("period", $"{month} has not started; only a month that has begun can be closed.");
        try
        {
            var closed = await statements.CloseAsync(month, cancellationToken);
            return Results.Ok(new Response(month.ToString(), closed.Select(s => new Closed(s.PartyId, s.CsvSha256, s.PdfSha256))));
        }
        catch (StatementChangedException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Closed statement changed", detail: e.Message);
        }
    }
}
