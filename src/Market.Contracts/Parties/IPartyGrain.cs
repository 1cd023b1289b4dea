namespace Market.Contracts.Parties;

/// <summary>An account: artist, buyer, operator or admin. Owns the list of its works.</summary>
public interface IPartyGrain : IGrainWithStringKey
{
    /// <summary>Opens the account; opening it again returns the existing one unchanged.</summary>
    Task<PartyView> Register(RegisterParty command);

    /// <summary>The party, or null when none has this id.</summary>
    Task<PartyView?> Get();

    /// <summary>Grants <paramref name="role"/> (e.g. operator) to a registered party; granting it again changes nothing.</summary>
    /// <exception cref="InvalidOperationException">The party is not registered.</exception>
    Task<PartyView> AddRole(string role);

    /// <summary>Records a work this party registered.</summary>
    Task AddWork(string workId);

    /// <summary>Records a work on which this party was named by someone else, or named others who must accept.</summary>
    Task AddNamedWork(string workId);

    /// <summary>The works on which this party was named by someone else or named others, oldest first.</summary>
    Task<IReadOnlyList<string>> NamedWorks();

    /// <summary>
    /// The id of this buyer's open order for exactly these items (a canonical key), made up the
    /// first time: a double click or a retry finds the same order instead of placing a second one.
    /// </summary>
    Task<string> OpenOrderFor(string itemsKey);

    /// <summary>Forgets the open order once it is paid, so buying the same items again is a new order.</summary>
    Task OrderSettled(string orderId);

    /// <summary>The buyer's cart.</summary>
    Task<IReadOnlyList<CartItem>> Cart();

    /// <summary>Puts a license in the cart (once per work and tier).</summary>
    Task<IReadOnlyList<CartItem>> AddToCart(CartItem item);

    /// <summary>Takes a license out of the cart.</summary>
    Task<IReadOnlyList<CartItem>> RemoveFromCart(CartItem item);

    /// <summary>Empties the cart.</summary>
    Task ClearCart();
}
