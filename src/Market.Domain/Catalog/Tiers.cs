namespace Market.Domain.Catalog;

/// <summary>License tiers and what each allows, in the words shown to buyers.</summary>
public static class Tiers
{
    /// <summary>The tier that lets a licensee register a derivative paying this work its share.</summary>
    public const string Derivative = "derivative";

    /// <summary>Tier names in the order they are offered.</summary>
    public static readonly IReadOnlyList<string> All = ["personal", "standard", "extended", "derivative"];

    /// <summary>True for a tier Market knows.</summary>
    public static bool IsKnown(string? tier) => tier is not null && All.Contains(tier, StringComparer.Ordinal);

    /// <summary>What a license of the tier allows.</summary>
    public static string Allows(string tier) => tier switch
    {
        "personal" => "Personal, non-commercial use: wallpapers, private projects, study.",
        "standard" => "Commercial use in one product or campaign, up to 500,000 copies or views.",
        "extended" => "Unlimited commercial use, including merchandise and items for resale.",
        "derivative" => "Everything in extended, plus registering a derivative work on Market that pays this work its share.",
        _ => "",
    };
}
