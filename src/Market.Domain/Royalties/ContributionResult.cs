using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>The outcome of a bulk contribution upload: how many joined, and why the others did not.</summary>
public sealed record ContributionResult(int Accepted, IReadOnlyList<RejectedContribution> Rejected);

/// <summary>A contribution turned away, with the reason.</summary>
public sealed record RejectedContribution(WorkId Work, string Reason);
