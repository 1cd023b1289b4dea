using Market.Contracts.Models;

namespace Market.Grains.Models;

/// <summary>A model version's persistent state: its view, or null before registration. The training set is not here.</summary>
[GenerateSerializer, Alias("market.model-state")]
public sealed class ModelState
{
    /// <summary>The version as registered, with its status and counts.</summary>
    [Id(0)]
    public ModelView? Model { get; set; }
}
