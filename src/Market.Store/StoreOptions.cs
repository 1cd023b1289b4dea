namespace Market.Store;

/// <summary>Where Market keeps its state: one PostgreSQL database (section <c>Market:Store</c>).</summary>
public sealed class MarketStoreOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Market:Store";

    /// <summary>Npgsql connection string of Market's database.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>PostgreSQL schema that holds Market's documents and events.</summary>
    public string Schema { get; set; } = "market";
}
