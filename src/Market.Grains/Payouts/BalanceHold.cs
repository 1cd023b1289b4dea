namespace Market.Grains.Payouts;

/// <summary>Part of a party's balance that is not paid, and why (DESIGN 2.4).</summary>
/// <param name="Reason">In <see cref="Domain.Payouts.HoldReasons"/> words.</param>
/// <param name="AmountMicros">How much.</param>
/// <param name="Until">When it is released, if that is known.</param>
public sealed record BalanceHold(string Reason, long AmountMicros, DateTimeOffset? Until);
