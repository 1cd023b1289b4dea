using System.Security.Cryptography;

namespace Market.Domain.Statements;

/// <summary>The fingerprint recorded when a period closes: SHA-256 of a rendering's bytes, lower-case hex.</summary>
public static class StatementHash
{
    /// <summary>The hash of <paramref name="bytes"/>.</summary>
    public static string Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
