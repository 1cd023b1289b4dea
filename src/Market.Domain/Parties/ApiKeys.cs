using System.Security.Cryptography;
using System.Text;

namespace Market.Domain.Parties;

/// <summary>
/// API keys for machines. Only the SHA-256 of a key is stored; the key itself is shown once.
/// 32 random bytes make a brute-force search pointless, so a fast hash is the right one here.
/// </summary>
public static class ApiKeys
{
    /// <summary>Prefix that makes a Market key recognisable in logs and secret scanners.</summary>
    public const string Prefix = "mk_";

    /// <summary>A new random key.</summary>
    public static string Generate() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The stored form of a key: lowercase hex SHA-256.</summary>
    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
