namespace Market.Domain.Statements;

/// <summary>
/// One change to a party's earned balance: a part of a sale or pool settlement, or a share of a
/// refund, dispute or correction taken back (negative).
/// </summary>
/// <param name="At">When the transaction occurred.</param>
/// <param name="TransactionId">The ledger transaction.</param>
/// <param name="PostingIndex">The posting's index in it: with time and id, the line's place in the statement.</param>
/// <param name="Kind">sale, poolSettlement, refund, dispute or reversal.</param>
/// <param name="OrderId">The order, for sales and refunds.</param>
/// <param name="WorkId">The work sold.</param>
/// <param name="Role">Why the party is paid (camelCase role), if the posting names one.</param>
/// <param name="Path">The route's node labels (<c>work:id</c>, <c>model:id</c>, <c>pool:id</c>).</param>
/// <param name="Route">The route in words.</param>
/// <param name="AttributionPpm">The attribution weight on the route, where there is one.</param>
/// <param name="GrossMinor">The sale's price; a refund's amount returned, negative; 0 otherwise.</param>
/// <param name="FeeMinor">For a sale: the payment fee its line bore.</param>
/// <param name="CommissionMicros">For a sale: the platform's commission.</param>
/// <param name="AmountMicros">The change to the party's earned balance.</param>
public sealed record StatementLine(
    DateTimeOffset At,
    Guid TransactionId,
    int PostingIndex,
    string Kind,
    string? OrderId,
    string? WorkId,
    string? Role,
    IReadOnlyList<string> Path,
    string Route,
    long? AttributionPpm,
    long GrossMinor,
    long? FeeMinor,
    long? CommissionMicros,
    long AmountMicros)
{
    /// <summary>
    /// A late line: dated in an earlier month that had already closed when it arrived, so it is booked
    /// into this month (the closed statement stays as it was) and shown as an adjustment.
    /// </summary>
    public bool Adjustment { get; init; }
}

/// <summary>A payout transferred to the party in the period (it moves earnings to paid; it does not change the earned balance).</summary>
/// <param name="At">When the transfer was recorded.</param>
/// <param name="TransferId">The Stripe (or sandbox) transfer id.</param>
/// <param name="AmountMicros">Whole cents, in micros.</param>
public sealed record StatementPayout(DateTimeOffset At, string TransferId, long AmountMicros);
