using System.Security.Cryptography;
using System.Text;

namespace Market.Contracts.Models;

/// <summary>Model version ids.</summary>
public static class ModelIds
{
    /// <summary>
    /// The id of <paramref name="version"/> of <paramref name="name"/> registered by <paramref name="ownerId"/>.
    /// Derived, not random, so one owner cannot register the same version twice and a retried
    /// registration lands on the same grain.
    /// </summary>
    public static string For(string ownerId, string name, string version)
    {
        var key = Encoding.UTF8.GetBytes($"{ownerId}\n{name}\n{version}");
        return "m_" + Convert.ToHexStringLower(SHA256.HashData(key))[..32];
    }
}
