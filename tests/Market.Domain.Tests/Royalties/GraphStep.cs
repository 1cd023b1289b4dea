namespace Market.Domain.Tests.Royalties;

/// <summary>What one recipe step adds to a random graph.</summary>
internal enum StepKind
{
    Original,
    Model,
    Generated,
    Edge,
    Chain,
    Diamond,
    Lineage,
    BulkPool,
}

/// <summary>
/// One instruction for building a random graph; its numbers choose ids, shares and links. For
/// <see cref="StepKind.BulkPool"/>, <paramref name="A"/> is the number of members.
/// </summary>
internal sealed record GraphStep(StepKind Kind, int A, int B, int C);
