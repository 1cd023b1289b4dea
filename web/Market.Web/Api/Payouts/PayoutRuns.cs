using Market.Contracts.Payouts;
using Market.Grains.Payouts;

namespace Market.Web.Api.Payouts;

/// <summary>Admin: payout runs (<c>POST /api/v1/admin/payout-runs</c>, <c>GET …/{runId}</c>) and maturing holds now.</summary>
public static class PayoutRuns
{
    /// <summary>Optionally names the run, to resume one that stopped.</summary>
    public sealed record Request(string? RunId);

    /// <summary>Runs one now (or resumes the named one) to its end; 409 while another run is in progress.</summary>
    public static async Task<IResult> Start(Request? body, IGrainFactory grains, TimeProvider time)
    {
        var runId = body?.RunId is { Length: > 0 } given ? given : $"run_{time.GetUtcNow():yyyyMMddHHmmss}_{Guid.NewGuid():N}"[..40];
        try
        {
            return Results.Ok(await grains.GetGrain<IPayoutRunGrain>(runId).Run());
        }
        catch (InvalidOperationException busy)
        {
            return Results.Problem(busy.Message, statusCode: StatusCodes.Status409Conflict);
        }
    }

    /// <summary>A run and its transfers.</summary>
    public static async Task<IResult> Get(string runId, IGrainFactory grains) =>
        await grains.GetGrain<IPayoutRunGrain>(runId).Get() is { StartedAt: not null } run ? Results.Ok(run) : Problems.NotFound($"No payout run has id '{runId}'.");

    /// <summary>What maturing moved to available, across every party.</summary>
    public sealed record Matured(long MaturedMicros);

    /// <summary>Moves every party's matured holds to available now (what the daily job does).</summary>
    public static async Task<IResult> MatureHolds(PartyHolds holds, CancellationToken cancellationToken) =>
        Results.Ok(new Matured(await holds.MatureAllAsync(cancellationToken)));
}
