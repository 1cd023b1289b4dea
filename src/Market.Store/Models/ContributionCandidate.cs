namespace Market.Store.Models;

/// <summary>
/// One entry of a training-set upload as parsed, before any check. A weight that was not a whole
/// number (a fraction, a string, out of range) arrives as 0 so the rules call it a bad weight.
/// </summary>
public readonly record struct ContributionCandidate(string? WorkId, long Weight);

/// <summary>An entry turned away, with the reason (one of <see cref="TrainingSetRules"/>' constants).</summary>
public sealed record RejectedCandidate(string? WorkId, string Reason);
