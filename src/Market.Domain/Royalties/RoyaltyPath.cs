using Market.Domain.Ids;

namespace Market.Domain.Royalties;

/// <summary>
/// The nodes money passed through from the sold work to a part, e.g.
/// <c>work:g1 &gt; model:m1 &gt; pool:m1 &gt; work:w7</c>. Equal when the steps are.
/// </summary>
/// <remarks>
/// A path is its prefix plus one last step, so the 10,000 parts of an attribution share the path
/// up to the pool and each adds one small node instead of copying every step (DESIGN 6: a
/// 10,000-entry split within 2 ms). Paths are a few steps long, so the list of steps is simply
/// rebuilt when asked for.
/// </remarks>
public sealed record RoyaltyPath
{
    private readonly RoyaltyPath? _prefix;
    private readonly PathStep _last;

    private RoyaltyPath(RoyaltyPath? prefix, PathStep last) => (_prefix, _last) = (prefix, last);

    /// <summary>The path of no steps.</summary>
    public static RoyaltyPath Empty { get; } = new(null, default);

    /// <summary>The steps, from the sold work outward.</summary>
    public IReadOnlyList<PathStep> Steps
    {
        get
        {
            var steps = new PathStep[Length];
            var node = this;
            for (var i = steps.Length - 1; i >= 0; i--, node = node._prefix!)
            {
                steps[i] = node._last;
            }

            return steps;
        }
    }

    private int Length
    {
        get
        {
            var length = 0;
            for (var node = this; node._prefix is not null; node = node._prefix)
            {
                length++;
            }

            return length;
        }
    }

    /// <summary>A path made of these steps (a stored path, say).</summary>
    public static RoyaltyPath Of(IEnumerable<PathStep> steps) => steps.Aggregate(Empty, (path, step) => path.Then(step));

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
        // Walk both from the last step back; a shared prefix is equal without looking further.
        for (var (a, b) = (this, other); !ReferenceEquals(a, b); (a, b) = (a._prefix, b._prefix))
        {
            if (a is null || b is null || a._last != b._last)
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

    private RoyaltyPath Then(PathStep step) => new(this, step);
}
