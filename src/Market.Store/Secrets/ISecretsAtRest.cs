namespace Market.Store.Secrets;

/// <summary>A kind of secret Market stores encrypted (signing keys, cookie keys), checked at start.</summary>
public interface ISecretsAtRest
{
    /// <summary>
    /// Encrypts rows still in plain text (stored before secrets were encrypted) in place, and opens every
    /// stored secret once, so a wrong key-encryption key stops the start instead of failing later.
    /// </summary>
    Task SealAndCheckAsync(CancellationToken cancellationToken);
}
