using Market.Contracts.Works;

namespace Market.Grains.Works;

/// <summary>A work's persistent state: the registered view, or null before registration.</summary>
[GenerateSerializer, Alias("market.work-state")]
public sealed class WorkState
{
    /// <summary>The work as registered.</summary>
    [Id(0)]
    public WorkView? Work { get; set; }
}
