namespace Market.Web.Pages.Admin.Orders;

/// <summary>The admin page's refund form.</summary>
public sealed class RefundInput
{
    /// <summary>The line to refund; empty for the whole order.</summary>
    public string? LineId { get; set; }

    /// <summary>The amount as typed ("5.00"); empty for all that is left.</summary>
    public string? Amount { get; set; }

    /// <summary>Made when the form is shown, so submitting the same form twice refunds once.</summary>
    public string? Key { get; set; }
}
