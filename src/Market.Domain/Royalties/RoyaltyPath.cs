using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// The nodes money passed through from the sold work to a part, e.g.
/// <c>work:g1 &gt; model:m1 &gt; pool:m1 &gt; work:w7</c>. Equal when the steps are.
/// </summary>
/// <remarks>
/// A path is its prefix plus one last step, so the 10,000 parts of an attribution share the path
/// up to the pool and each adds one small node instead of copying every step (DESIGN 6: a
/// 10,000-entry split within 2 ms). The steps as a list are built on first use.
/// </remarks>
public sealed record RoyaltyPath
{
    private readonly RoyaltyPath? _prefix;
    private readonly PathStep _last;
    private PathStep[]? _steps;

    private RoyaltyPath(RoyaltyPath? prefix, PathStep last, int count) => (_prefix, _last, Count) = (prefix, last, count);

    /// <summary>The path of no steps.</summary>
    public static RoyaltyPath Empty { get; } = new(null, default, 0) { _steps = [] };

    /// <summary>The steps, from the sold work outward.</summary>
    public IReadOnlyList<PathStep> Steps => _steps ??= CollectSteps();

    private int Count { get; }

    /// <summary>A path made of these steps (a stored path, say).</summary>
    public static RoyaltyPath Of(IEnumerable<PathStep> steps)
    {
        var path = Empty;
        foreach (var step in steps)
        {
            path = path.Then(step);
        }

        return path;
    }

    /// <summary>This path followed by a work.</summary>
    public RoyaltyPath ThenWork(WorkId work) => Then(new PathStep(NodeKind.Work, work.Value));

    /// <summary>This path followed by a model version.</summary>
    public RoyaltyPath ThenModel(ModelId model) => Then(new PathStep(NodeKind.Model, model.Value));

    /// <summary>This path followed by a model version's pool.</summary>
    public RoyaltyPath ThenPool(ModelId model) => Then(new PathStep(NodeKind.Pool, model.Value));

    /// <summary>The steps as labels, for the wire and for statements.</summary>
    public IReadOnlyList<string> ToLabels() => [.. Steps.Select(s => s.ToString())];

    /// <summary>Paths are equal when their steps are, in order.</summary>
    public bool Equals(RoyaltyPath? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        // Walk both from the last step back; a shared prefix is equal without looking further.
        for (var (a, b) = (this, other); !ReferenceEquals(a, b); (a, b) = (a._prefix!, b._prefix!))
        {
            if (a._last != b._last)
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var step in Steps)
        {
            hash.Add(step);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" > ", Steps);

    private RoyaltyPath Then(PathStep step) => new(this, step, Count + 1);

    private PathStep[] CollectSteps()
    {
        var steps = new PathStep[Count];
        for (var (node, i) = (this, Count - 1); i >= 0; (node, i) = (node._prefix!, i - 1))
        {
            steps[i] = node._last;
        }

        return steps;
    }
}
