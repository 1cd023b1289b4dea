using System.Security.Cryptography;
using System.Text;

namespace Market.Store.Secrets;

/// <summary>
/// Encrypts secrets before they are stored and decrypts them when loaded: AES-256-GCM with a fresh
/// random nonce per secret. The associated data names what the secret is (e.g. <c>signing-key/…</c>),
/// so a ciphertext copied onto another row does not decrypt there.
/// </summary>
public sealed class KeyEncryptionKey
{
    // Versioned, so a later scheme (another algorithm, a KMS) can sit beside this one.
    private const string Prefix = "kek1:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly byte[] _key;

    private KeyEncryptionKey(byte[] key) => _key = key;

    /// <summary>The key <paramref name="options"/> name.</summary>
    /// <exception cref="InvalidOperationException">No key, both, an unreadable file, or not 32 bytes of base64; the message names the setting.</exception>
    public static KeyEncryptionKey From(SecretsOptions options)
    {
        const string inline = SecretsOptions.SectionName + ":KeyEncryptionKey";
        const string file = SecretsOptions.SectionName + ":KeyEncryptionKeyFile";
        var (hasInline, hasFile) = (!string.IsNullOrWhiteSpace(options.KeyEncryptionKey), !string.IsNullOrWhiteSpace(options.KeyEncryptionKeyFile));
        if (hasInline == hasFile)
        {
            throw new InvalidOperationException(
                $"Set exactly one of {inline} (32 random bytes in base64) or {file} (a file holding them): " +
                "Market encrypts its signing keys and cookie keys with it before storing them.");
        }

        if (hasInline)
        {
            return new KeyEncryptionKey(Decode(options.KeyEncryptionKey!, inline));
        }

        string text;
        try
        {
            text = File.ReadAllText(options.KeyEncryptionKeyFile!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{file}: '{options.KeyEncryptionKeyFile}' cannot be read: {e.Message}", e);
        }

        return new KeyEncryptionKey(Decode(text, file));
    }

    /// <summary>True when <paramref name="stored"/> is a value <see cref="Seal"/> made.</summary>
    public static bool IsSealed(string? stored) => stored?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>Encrypts <paramref name="secret"/> for storing as <paramref name="purpose"/>.</summary>
    public string Seal(ReadOnlySpan<byte> secret, string purpose)
    {
        var sealedBytes = new byte[NonceBytes + TagBytes + secret.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, secret, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), Encoding.UTF8.GetBytes(purpose));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>Decrypts what <see cref="Seal"/> stored as <paramref name="purpose"/>.</summary>
    /// <exception cref="InvalidOperationException">It was encrypted with another key (or altered); the message says which setting to check.</exception>
    public byte[] Open(string stored, string purpose)
    {
        if (!IsSealed(stored))
        {
            throw new InvalidOperationException($"The stored {purpose} is not encrypted with a key-encryption key.");
        }

        var sealedBytes = Convert.FromBase64String(stored[Prefix.Length..]);
        var secret = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(_key, TagBytes);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), secret, Encoding.UTF8.GetBytes(purpose));
            return secret;
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new InvalidOperationException(
                $"The stored {purpose} does not decrypt with the configured key-encryption key ({SecretsOptions.SectionName}:KeyEncryptionKey " +
                "or KeyEncryptionKeyFile): it was encrypted with another key, or altered. Start Market with the key it was stored under.", e);
        }
    }

    private static byte[] Decode(string base64, string setting)
    {
        Span<byte> key = stackalloc byte[33];
        return Convert.TryFromBase64String(base64.Trim(), key, out var length) && length == 32
            ? key[..32].ToArray()
            : throw new InvalidOperationException($"{setting} must be 32 bytes in base64 (e.g. the output of: head -c 32 /dev/urandom | base64).");
    }
}
