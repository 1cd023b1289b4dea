using System.Security.Cryptography;
using System.Text;

namespace Market.Domain.Ledger;

/// <summary>
/// Derives a transaction's id from its idempotency key: a name-based UUID (version 8, SHA-256 of a
/// fixed namespace and the key, RFC 9562). The store makes the id its stream id, so the key sits
/// behind the database's primary key and a replay lands on the same id on every machine.
/// </summary>
public static class LedgerTransactionId
{
    private const string Namespace = "market:ledger:";

    /// <summary>The id of the transaction whose idempotency key is <paramref name="idempotencyKey"/>.</summary>
    public static Guid For(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(Namespace + idempotencyKey), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
