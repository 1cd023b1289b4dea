using Market.Store.Ledger;
using Microsoft.AspNetCore.Mvc;

namespace Market.Web.Api.Admin;

/// <summary><c>GET /api/v1/admin/ledger/check</c>: runs the ledger's invariant check (DESIGN 2.3) and reports what it found.</summary>
public static class CheckLedger
{
    /// <summary>One broken invariant; no transaction id for a ledger-wide one.</summary>
    public sealed record ViolationView(Guid? TransactionId, string Problem);

    /// <summary>The answer: ok when no violation was found.</summary>
    public sealed record Response(bool Ok, long Transactions, IReadOnlyList<ViolationView> Violations);

    /// <summary>Handles the call.</summary>
    /// <remarks>The checker comes from services explicitly, so a host without the ledger fails the call, not its start.</remarks>
    public static async Task<IResult> Handle([FromServices] LedgerInvariants invariants, CancellationToken cancellationToken)
    {
        var report = await invariants.CheckAsync(cancellationToken);
        return Results.Ok(new Response(
            report.Ok, report.Transactions, [.. report.Violations.Select(v => new ViolationView(v.TransactionId, v.Problem))]));
    }
}
