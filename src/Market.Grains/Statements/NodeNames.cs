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
        // All at once: the grains answer in parallel (a busy party's month names dozens of works).
        var named = await Task.WhenAll(labels.Distinct(StringComparer.Ordinal).Select(async label => (Label: label, Name: await NameOfAsync(label))));
        return named.Where(n => n.Name is not null).ToDictionary(n => n.Label, n => n.Name!, StringComparer.Ordinal);
    }

    private async Task<string?> NameOfAsync(string label)
    {
        var step = PathStep.Parse(label);
        return step.Kind switch
        {
            NodeKind.Work => await grains.GetGrain<IWorkGrain>(step.Id).Get() is { } work
                ? $"'{work.Title}'" + (work.Generation is null ? "" : " (generated)")
                : null,
            NodeKind.Model => await grains.GetGrain<IModelGrain>(step.Id).Get() is { } model ? $"{model.Name} {model.Version}" : null,
            _ => null,
        };
    }
}
