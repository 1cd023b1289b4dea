using Market.Contracts.Orders;
using Market.Domain.Parties;
using Market.Payments;
using Market.Payments.Refunds;
using Market.Payments.Sandbox;
using Market.Web.Orders;
using Market.Web.Pages.Works;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Admin.Orders;

/// <summary>An admin's view of one order: lines, refunds, the dispute, and the refund form with its errors beside it.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class DetailModel(IGrainFactory grains, IRefundGateway refunds, PaymentsOptions payments, TimeProvider time) : PageModel
{
    /// <summary>The order.</summary>
    public OrderView? Order { get; private set; }

    /// <summary>What the order returned and can still refund, as its decider reckons it.</summary>
    public OrderAmounts Amounts { get; private set; } = new(0, 0, []);

    /// <summary>The refund form.</summary>
    [BindProperty]
    public RefundInput Input { get; set; } = new();

    /// <summary>What the last action did, shown once after its redirect.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>True in sandbox mode, where disputes can be simulated.</summary>
    public bool IsSandbox => payments.IsSandbox;

    /// <summary>Shows the order.</summary>
    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>Refunds, then shows the order again; problems stay beside the form.</summary>
    public async Task<IActionResult> OnPostRefundAsync(string id, CancellationToken cancellationToken)
    {
        long? amount = null;
        if (!string.IsNullOrWhiteSpace(Input.Amount))
        {
            if (PriceText.TryParseMinor(Input.Amount, out var minor)) amount = minor;
            else ModelState.AddModelError("Input.Amount", $"'{Input.Amount}' is not an amount like 5.00.");
        }

        if (ModelState.IsValid)
        {
            var lineId = string.IsNullOrWhiteSpace(Input.LineId) ? null : Input.LineId;
            var outcome = await OrderRefunding.RefundAsync(grains, refunds, id, lineId, amount, Input.Key, cancellationToken);
            if (outcome.StatusCode == StatusCodes.Status404NotFound) return NotFound();
            if (outcome.Problem is null)
            {
                Message = $"Refund {outcome.Refund!.RefundId} of {Money.Format(outcome.Refund.AmountMinor)}: {outcome.Refund.Status}.";
                return RedirectToPage(new { id });
            }

            ModelState.AddModelError(outcome.Field switch { "amountMinor" => "Input.Amount", "lineId" => "Input.LineId", _ => "" }, outcome.Problem);
        }

        // A fresh key for the form shown again: the next submission is a new command.
        ModelState.Remove("Input.Key");
        return await LoadAsync(id) ? Page() : NotFound();
    }

    /// <summary>Sandbox only: plays the buyer's bank opening, winning or losing a dispute.</summary>
    public async Task<IActionResult> OnPostDisputeAsync(string id, string outcome, CancellationToken cancellationToken)
    {
        if (!payments.IsSandbox || HttpContext.RequestServices.GetService<SandboxEventEmitter>() is not { } emitter) return NotFound();
        if (outcome is not (DisputeStatus.Open or DisputeStatus.Won or DisputeStatus.Lost)) return BadRequest();
        if (await grains.GetGrain<IOrderGrain>(id).Get() is not { Payment: not null } order) return NotFound();
        var delivered = await SandboxDisputes.SimulateAsync(emitter, HttpContext.RequestServices.GetRequiredService<SandboxWebhookTarget>().Url, order, outcome, time.GetUtcNow(), cancellationToken);
        Message = delivered ? $"Simulated dispute: {outcome}." : "The webhook did not accept the dispute event; see the log.";
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string id)
    {
        Order = await grains.GetGrain<IOrderGrain>(id).Get();
        Amounts = Order?.Amounts ?? Amounts;
        Input.Key = Guid.NewGuid().ToString("N");
        return Order is not null;
    }
}
