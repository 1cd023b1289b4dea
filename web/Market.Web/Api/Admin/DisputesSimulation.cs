using Market.Contracts.Orders;
using Market.Payments;
using Market.Payments.Sandbox;
using Market.Web.Orders;

namespace Market.Web.Api.Admin;

/// <summary>
/// <c>POST /api/v1/admin/orders/{id}/disputes</c> <c>{outcome}</c>, sandbox mode only: plays the buyer's
/// bank. <c>open</c> sends <c>charge.dispute.created</c>; <c>won</c> or <c>lost</c> sends
/// <c>charge.dispute.closed</c>, through the webhook like Stripe's own events. Answers the order after it.
/// </summary>
public static class DisputesSimulation
{
    /// <summary>The request body.</summary>
    public sealed record Request(string? Outcome);

    /// <summary>The answer: the order's status and its dispute.</summary>
    public sealed record Response(string OrderId, string Status, OrderDispute? Dispute);

    /// <summary>Handles the call.</summary>
    public static async Task<IResult> Handle(string id, HttpRequest http, IGrainFactory grains, PaymentsOptions payments, TimeProvider time)
    {
        if (http.HttpContext.RequestServices.GetService<SandboxEventEmitter>() is not { } emitter || !payments.IsSandbox)
            return Problems.NotFound("Disputes are simulated only in sandbox mode; in Stripe mode, use Stripe's test cards.");
        var (request, problem) = await ApiBody.ReadAsync<Request>(http);
        if (problem is not null) return problem;
        if (request!.Outcome is not (DisputeStatus.Open or DisputeStatus.Won or DisputeStatus.Lost))
            return Problems.Field("outcome", $"'{request.Outcome}' is not an outcome; use open, won or lost.");
        var order = await grains.GetGrain<IOrderGrain>(id).Get();
        if (order is null) return Problems.NotFound($"No order has id '{id}'.");
        if (order.Payment is null) return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not paid", detail: $"Order {id} has not been paid, so there is nothing to dispute.");

        var delivered = await SandboxDisputes.SimulateAsync(emitter, http.HttpContext.RequestServices.GetRequiredService<SandboxWebhookTarget>().Url, order, request.Outcome, time.GetUtcNow(), http.HttpContext.RequestAborted);
        if (!delivered) return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Not delivered", detail: "The webhook did not accept the dispute event; see the log.");
        var after = (await grains.GetGrain<IOrderGrain>(id).Get())!;
        return Results.Ok(new Response(after.Id, after.Status, after.Dispute));
    }
}
