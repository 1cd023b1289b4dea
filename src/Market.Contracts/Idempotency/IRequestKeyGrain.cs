namespace Market.Contracts.Idempotency;

/// <summary>
/// Remembers which request first used a caller's <c>Idempotency-Key</c> (the grain's key is the id
/// derived from caller and key), so a retry with another body is told apart from a true retry.
/// </summary>
public interface IRequestKeyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the key for the request whose fingerprint is <paramref name="fingerprint"/>: true when
    /// the key was free or already claimed by the same request, false when another request has it.
    /// </summary>
    Task<bool> Claim(string fingerprint);
}
