using Market.Domain.Royalties;

namespace Market.Domain.Statements;

/// <summary>
/// A royalty path in words, e.g. <c>'Dune Study' (generated) → model Aurora 1.0 → contributor pool →
/// your work 'Red Dunes'</c>: what a person reads on a statement instead of node ids.
/// </summary>
public static class RouteWords
{
    /// <summary>The route of <paramref name="path"/>; the last step is the party's own node.</summary>
    /// <param name="path">The path's labels, from the sold work outward.</param>
    /// <param name="names">Display names by label: <c>'Title'</c> or <c>'Title' (generated)</c> for works, <c>Name Version</c> for models.</param>
    public static string Of(IReadOnlyList<string> path, IReadOnlyDictionary<string, string> names)
    {
        var words = new List<string>(path.Count);
        for (var i = 0; i < path.Count; i++)
        {
            var step = PathStep.Parse(path[i]);
            var yours = i == path.Count - 1 ? "your " : "";
            words.Add(step.Kind switch
            {
                NodeKind.Work => $"{yours}work {Name(names, path[i], step)}",
                NodeKind.Model => $"{yours}model {Name(names, path[i], step)}",
                // A pool right after its model reads naturally as "contributor pool"; on its own it needs the model's name.
                _ => i > 0 && path[i - 1] == $"model:{step.Id}"
                    ? "contributor pool"
                    : $"contributor pool of model {Name(names, $"model:{step.Id}", step with { Kind = NodeKind.Model })}",
            });
        }

        // The sold work leads the route; "work" before its title there only repeats the obvious.
        if (path.Count > 1 && words[0].StartsWith("work ", StringComparison.Ordinal))
        {
            words[0] = words[0]["work ".Length..];
        }

        return string.Join(" \u2192 ", words);
    }

    private static string Name(IReadOnlyDictionary<string, string> names, string label, PathStep step) =>
        names.TryGetValue(label, out var name) ? name : step.Kind == NodeKind.Work ? $"'{step.Id}'" : step.Id;
}
