using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// The nodes money passed through from the sold work to a part, e.g.
/// <c>work:g1 &gt; model:m1 &gt; pool:m1 &gt; work:w7</c>. Equal when the steps are.
/// </summary>
public sealed record RoyaltyPath
{
    private readonly PathStep[] _steps;

    private RoyaltyPath(PathStep[] steps) => _steps = steps;

    /// <summary>The path of no steps.</summary>
    public static RoyaltyPath Empty { get; } = new([]);

    /// <summary>The steps, from the sold work outward.</summary>
    public IReadOnlyList<PathStep> Steps => _steps;

    /// <summary>A path made of these steps (a stored path, say).</summary>
    public static RoyaltyPath Of(IEnumerable<PathStep> steps) => new([.. steps]);

    /// <summary>This path followed by a work.</summary>
    public RoyaltyPath ThenWork(WorkId work) => Then(new PathStep(NodeKind.Work, work.Value));

    /// <summary>This path followed by a model version.</summary>
    public RoyaltyPath ThenModel(ModelId model) => Then(new PathStep(NodeKind.Model, model.Value));

    /// <summary>This path followed by a model version's pool.</summary>
    public RoyaltyPath ThenPool(ModelId model) => Then(new PathStep(NodeKind.Pool, model.Value));

    /// <summary>The steps as labels, for the wire and for statements.</summary>
    public IReadOnlyList<string> ToLabels() => [.. _steps.Select(s => s.ToString())];

    /// <summary>Paths are equal when their steps are, in order.</summary>
    public bool Equals(RoyaltyPath? other) => other is not null && _steps.AsSpan().SequenceEqual(other._steps);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var step in _steps)
        {
            hash.Add(step);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" > ", _steps);

    private RoyaltyPath Then(PathStep step)
    {
        var steps = new PathStep[_steps.Length + 1];
        _steps.CopyTo(steps, 0);
        steps[^1] = step;
        return new RoyaltyPath(steps);
    }
}
