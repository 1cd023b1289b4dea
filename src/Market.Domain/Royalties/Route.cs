namespace Market.Domain.Royalties;

/// <summary>How money entered the work being split; it decides the role its primary split is paid under.</summary>
internal enum Entry
{
    Sold,
    Ancestor,
    Contribution,
}

/// <summary>Where money is on its way through the graph: the path so far, how it entered, and any attribution weight.</summary>
internal readonly record struct Route(RoyaltyPath Path, Entry Entry, long? AttributionPpm)
{
    public static Route Sold { get; } = new(RoyaltyPath.Empty, Entry.Sold, null);

    public RoyaltyRole PrimaryRole(RoyaltyRole whenSold) => Entry switch
    {
        Entry.Sold => whenSold,
        Entry.Ancestor => RoyaltyRole.Ancestor,
        _ => RoyaltyRole.Contributor,
    };
}
