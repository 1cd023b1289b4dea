using Market.Domain.Ids;
using Market.Domain.Royalties;

namespace Market.Domain.Ledger;

public static partial class LedgerTransactions
{
    /// <summary>
    /// Settles a pool's accumulated floor in one batch (DESIGN 2.2, step 4): the floor account is
    /// debited by <paramref name="floorMicros"/> and the allocator's <see cref="RoyaltyAllocator.SettlePool"/>
    /// parts are credited — each party's to their pending earnings, a contributed piece's own pool floor to that floor.
    /// </summary>
    /// <exception cref="LedgerRuleException">Nothing to settle, or parts that do not sum to the floor.</exception>
    public static LedgerTransaction PoolSettlement(
        RoyaltyAllocator allocator, ModelId pool, long floorMicros, string idempotencyKey, DateTimeOffset occurredAt)
    {
        if (floorMicros <= 0)
        {
            throw new LedgerRuleException($"The floor of pool '{pool}' holds {floorMicros} micros; only a positive floor is settled.");
        }

        return PoolSettlement(pool, floorMicros, allocator.SettlePool(pool, floorMicros), idempotencyKey, occurredAt);
    }

    /// <summary>The same settlement from parts already allocated.</summary>
    /// <exception cref="LedgerRuleException">Nothing to settle, a negative or commission part, or parts that do not sum to the floor.</exception>
    public static LedgerTransaction PoolSettlement(
        ModelId pool, long floorMicros, IReadOnlyList<RoyaltyPart> parts, string idempotencyKey, DateTimeOffset occurredAt)
    {
        var total = parts.Aggregate(Int128.Zero, (sum, p) => sum + p.AmountMicros);
        if (floorMicros <= 0 || total != floorMicros || parts.Any(p => p.Role == RoyaltyRole.Platform))
        {
            throw new LedgerRuleException(
                $"The settlement of pool '{pool}' must pay a positive floor ({floorMicros} micros) exactly, without commission; its parts sum to {total}.");
        }

        var postings = CreditsOf(parts, PostingMemos.SettlementPart, $"the settlement of pool '{pool}'");
        postings.Insert(0, new Posting(LedgerAccount.PoolFloor(pool), floorMicros, PostingMemos.PoolSettled));
        return Valid(new LedgerTransaction(
            LedgerTransactionId.For(idempotencyKey), idempotencyKey, LedgerTransactionKind.PoolSettlement, occurredAt, postings,
            new LedgerReferences(Pool: pool)));
    }

    /// <summary>Moves a party's earnings past their hold window from pending to available (DESIGN 2.4).</summary>
    /// <exception cref="LedgerRuleException">The amount is not positive.</exception>
    public static LedgerTransaction HoldsMatured(PartyId party, long amountMicros, string idempotencyKey, DateTimeOffset occurredAt)
    {
        if (amountMicros <= 0)
        {
            throw new LedgerRuleException($"Holds of party '{party}' maturing must move a positive amount (was {amountMicros} micros).");
        }

        Posting[] postings =
        [
            new(LedgerAccount.Pending(party), amountMicros, PostingMemos.HoldMatured),
            new(LedgerAccount.Available(party), -amountMicros, PostingMemos.HoldMatured),
        ];
        return Valid(new LedgerTransaction(
            LedgerTransactionId.For(idempotencyKey), idempotencyKey, LedgerTransactionKind.HoldsMatured, occurredAt, postings,
            new LedgerReferences(Party: party)));
    }
}
