using Market.Contracts.Models;
using Market.Contracts.Works;
using Market.Domain.Royalties;

namespace Market.Grains.Statements;

/// <summary>Display names of royalty-graph nodes for routes in words: works by title, models by name and version.</summary>
public sealed class NodeNames(IGrainFactory grains)
{
    /// <summary>The names of <paramref name="labels"/> that exist; unknown nodes are left out (the route then shows their id).</summary>
    public async Task<IReadOnlyDictionary<string, string>> OfAsync(IEnumerable<string> labels)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in labels.Order(StringComparer.Ordinal))
        {
            var step = PathStep.Parse(label);
            var name = step.Kind switch
            {
                NodeKind.Work => await grains.GetGrain<IWorkGrain>(step.Id).Get() is { } work
                    ? $"'{work.Title}'" + (work.Generation is null ? "" : " (generated)")
                    : null,
                NodeKind.Model => await grains.GetGrain<IModelGrain>(step.Id).Get() is { } model ? $"{model.Name} {model.Version}" : null,
                _ => null,
            };
            if (name is not null)
            {
                names[label] = name;
            }
        }

        return names;
    }
}
