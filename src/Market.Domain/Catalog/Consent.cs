namespace Market.Domain.Catalog;

/// <summary>
/// Training consent per use (DESIGN 2.5). Opt-in: every use is notAllowed until the artist says otherwise.
/// </summary>
/// <param name="GenerativeTraining">Training models that generate works.</param>
/// <param name="NonGenerativeTraining">Training models that classify, search or tag.</param>
/// <param name="DataMining">Text and data mining.</param>
/// <param name="MinimumPoolPpm">For constrained uses: the least contributor-pool share a model must offer.</param>
public sealed record Consent(
    string GenerativeTraining = Consent.NotAllowed,
    string NonGenerativeTraining = Consent.NotAllowed,
    string DataMining = Consent.NotAllowed,
    long? MinimumPoolPpm = null)
{
    /// <summary>The use is allowed.</summary>
    public const string Allowed = "allowed";

    /// <summary>The use is not allowed (the default).</summary>
    public const string NotAllowed = "notAllowed";

    /// <summary>Allowed only for models whose pool share is at least <see cref="MinimumPoolPpm"/>.</summary>
    public const string Constrained = "constrained";

    /// <summary>Every value a use can take.</summary>
    public static readonly IReadOnlyList<string> Values = [Allowed, NotAllowed, Constrained];

    /// <summary>No use allowed.</summary>
    public static Consent None { get; } = new();

    /// <summary>True when no use reserves rights, so TDM reservation can be lifted.</summary>
    public bool AllowsDataMining => DataMining == Allowed;
}
