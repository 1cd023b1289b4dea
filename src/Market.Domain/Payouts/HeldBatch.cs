namespace Market.Domain.Payouts;

/// <summary>Pending earnings that become available together, at <paramref name="Until"/>.</summary>
public sealed record HeldBatch(DateTimeOffset Until, long AmountMicros);
