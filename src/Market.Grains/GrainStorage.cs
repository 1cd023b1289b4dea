namespace Market.Grains;

/// <summary>The name of the grain storage every Market grain uses (Marten, registered by hosting).</summary>
public static class GrainStorage
{
    /// <summary>Storage provider name.</summary>
    public const string Name = "market";
}
