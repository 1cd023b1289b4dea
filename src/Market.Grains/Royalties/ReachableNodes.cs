using Market.Contracts.Models;
using Market.Contracts.Works;

namespace Market.Grains.Royalties;

/// <summary>The works and model versions money from some works can reach, as their grains hold them.</summary>
public sealed record ReachableNodes(IReadOnlyDictionary<string, WorkView> Works, IReadOnlyDictionary<string, ModelView> Models);
