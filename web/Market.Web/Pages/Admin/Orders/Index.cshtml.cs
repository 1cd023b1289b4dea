using System.Globalization;
using Market.Contracts.Orders;
using Market.Domain.Parties;
using Market.Store.Orders;
using Market.Web.Orders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Admin.Orders;

/// <summary>
/// Admins see the orders that need a look: those paid with another amount or currency than their own
/// (<c>paymentMismatch</c>), nothing fulfilled and the payment refunded in full.
/// </summary>
[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(HandledEvents handled, IGrainFactory grains, Market.Domain.Money.SettlementCurrency settlement) : PageModel
{
    /// <summary>Most mismatched orders listed, newest first.</summary>
    public const int Shown = 100;

    /// <summary>A mismatched order, with the full refund issued under <paramref name="RefundKey"/>.</summary>
    /// <param name="Order">The order as its grain holds it.</param>
    /// <param name="Payment">The payment that did not match.</param>
    /// <param name="RefundKey">The refund's idempotency key: one refund, however often it is sent.</param>
    public sealed record MismatchRow(OrderView Order, OrderPayment Payment, string RefundKey);

    /// <summary>The mismatched orders, newest first.</summary>
    public IReadOnlyList<MismatchRow> Mismatched { get; private set; } = [];

    /// <summary>A payment's amount in its own currency: a mismatch may be in another one than the market's.</summary>
    public string Paid(OrderPayment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        if (settlement.Matches(payment.Currency)) return Money.Format(payment.AmountMinor);
        var abs = Math.Abs(payment.AmountMinor);
        return string.Create(CultureInfo.InvariantCulture, $"{(payment.AmountMinor < 0 ? "-" : "")}{abs / 100:N0}.{abs % 100:00} {payment.Currency.ToUpperInvariant()}");
    }

    /// <summary>Lists the mismatched orders.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = new List<MismatchRow>();
        foreach (var orderId in await handled.MismatchedOrderIdsAsync(Shown, cancellationToken))
        {
            if (await grains.GetGrain<IOrderGrain>(orderId).Get() is { Status: OrderStatus.PaymentMismatch, Payment: { } payment } order)
            {
                rows.Add(new MismatchRow(order, payment, PaymentEvents.MismatchRefundKey(order.Id)));
            }
        }

        Mismatched = rows;
    }
}
