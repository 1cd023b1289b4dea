namespace Market.Domain.Payouts;

/// <summary>Earnings credited to a party's pending balance (a sale part or a settlement part) and when.</summary>
/// <param name="OccurredAt">The business time of the transaction that credited it.</param>
/// <param name="AmountMicros">The credit, positive.</param>
public sealed record PendingCredit(DateTimeOffset OccurredAt, long AmountMicros);
