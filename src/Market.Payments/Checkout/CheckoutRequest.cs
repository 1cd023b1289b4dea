namespace Market.Payments.Checkout;

/// <summary>What to charge for one order.</summary>
/// <param name="OrderId">The order; Stripe's <c>client_reference_id</c> and <c>metadata.orderId</c>.</param>
/// <param name="BuyerEmail">Prefills the checkout page and receipt; optional.</param>
/// <param name="Lines">The order's lines, at most <see cref="MaxLines"/>.</param>
/// <param name="SuccessUrl">
/// Absolute address the buyer returns to after paying; <c>{CHECKOUT_SESSION_ID}</c> in it is replaced
/// by the session id in both modes.
/// </param>
/// <param name="CancelUrl">Absolute address the buyer returns to on leaving the checkout.</param>
public sealed record CheckoutRequest(
    string OrderId, string? BuyerEmail, IReadOnlyList<CheckoutLine> Lines, string SuccessUrl, string CancelUrl)
{
    /// <summary>Stripe Checkout's limit of line items in payment mode.</summary>
    public const int MaxLines = 100;

    // Stripe caps client_reference_id at 200 characters.
    private const int MaxOrderIdLength = 200;

    /// <summary>The sum of the lines, in minor units.</summary>
    public long AmountTotalMinor => Lines.Aggregate(0L, (sum, line) => checked(sum + line.UnitAmountMinor));

    /// <summary>Throws <see cref="ArgumentException"/> naming the first bad field; both modes call it first.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(OrderId) || OrderId.Length > MaxOrderIdLength)
        {
            throw new ArgumentException($"OrderId must be 1 to {MaxOrderIdLength} characters.", nameof(OrderId));
        }

        if (Lines is null || Lines.Count == 0 || Lines.Count > MaxLines)
        {
            throw new ArgumentException($"An order needs 1 to {MaxLines} lines.", nameof(Lines));
        }

        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.UnitAmountMinor < 0 || string.IsNullOrWhiteSpace(line.Title) || string.IsNullOrWhiteSpace(line.Tier))
            {
                throw new ArgumentException($"Line {i} needs a title, a tier and an amount of at least 0.", nameof(Lines));
            }
        }

        RequireAbsoluteHttp(SuccessUrl, nameof(SuccessUrl));
        RequireAbsoluteHttp(CancelUrl, nameof(CancelUrl));
    }

    private static void RequireAbsoluteHttp(string value, string name)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{name} must be an absolute http(s) address; '{value}' is not.", name);
        }
    }
}
