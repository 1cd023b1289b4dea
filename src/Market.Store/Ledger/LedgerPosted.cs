using Market.Domain.Ledger;

namespace Market.Store.Ledger;

/// <summary>The answer to posting a transaction: the one in the ledger under its key, and whether it was already there.</summary>
/// <param name="Transaction">The transaction as recorded: on a replay, the original, not the one offered.</param>
/// <param name="Replayed">True when the key had already been posted and nothing new was written.</param>
public sealed record LedgerPosted(LedgerTransaction Transaction, bool Replayed);
