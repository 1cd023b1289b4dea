namespace Market.Contracts.Models;

/// <summary>
/// One model version: its terms and lifecycle (open → sealed). The training set itself lives in
/// PostgreSQL (up to a million rows), not in this grain's state; the grain owns the metadata,
/// the counts and the seal.
/// </summary>
public interface IModelGrain : IGrainWithStringKey
{
    /// <summary>
    /// Registers the version. Registering an existing id returns the existing version unchanged,
    /// so a retry is harmless; the caller compares it with what it sent.
    /// </summary>
    /// <exception cref="ArgumentException">The terms or the base model break the model rules.</exception>
    Task<ModelView> Register(RegisterModel command);

    /// <summary>The version, or null when none has this id.</summary>
    Task<ModelView?> Get();

    /// <summary>Adds <paramref name="accepted"/> committed contributions to the count (ignored once sealed).</summary>
    /// <exception cref="KeyNotFoundException">No model version has this id.</exception>
    Task<ModelView> RecordImport(long accepted);

    /// <summary>
    /// Freezes the training set, re-checks every contribution's consent, drops those no longer
    /// allowed and records the consent snapshot hash. Sealing a sealed version returns it unchanged.
    /// A million contributions take seconds, hence the long timeout.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No model version has this id.</exception>
    [ResponseTimeout("00:10:00")]
    Task<ModelSealResult> Seal();
}
