using Market.Domain.Ids;

namespace Market.Payments.Checkout;

/// <summary>
/// One order line: a license of <paramref name="WorkId"/> in <paramref name="Tier"/>. Quantity is always
/// one: each line is one license, so a buyer wanting two licenses has two lines.
/// </summary>
/// <param name="WorkId">The work licensed.</param>
/// <param name="Title">What the buyer sees on the checkout page.</param>
/// <param name="Tier">The license tier.</param>
/// <param name="UnitAmountMinor">The price in minor units of the deployment's currency.</param>
public sealed record CheckoutLine(WorkId WorkId, string Title, string Tier, long UnitAmountMinor);
