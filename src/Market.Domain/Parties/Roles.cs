namespace Market.Domain.Parties;

/// <summary>The roles of DESIGN section 3.</summary>
public static class Roles
{
    /// <summary>Buys licenses.</summary>
    public const string Buyer = "buyer";

    /// <summary>Sells licenses to works; also a creator of generated works.</summary>
    public const string Artist = "artist";

    /// <summary>Registers models and generated works.</summary>
    public const string Operator = "operator";

    /// <summary>Runs the money.</summary>
    public const string Admin = "admin";

    /// <summary>Roles anyone may give themselves when opening an account.</summary>
    public static readonly IReadOnlyList<string> SelfService = [Buyer, Artist, Operator];

    /// <summary>Every role.</summary>
    public static readonly IReadOnlyList<string> All = [Buyer, Artist, Operator, Admin];
}
