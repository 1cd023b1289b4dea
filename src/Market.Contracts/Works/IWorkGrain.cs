namespace Market.Contracts.Works;

/// <summary>A work (original or generated): the unit of consistency for its offers, consent and file.</summary>
public interface IWorkGrain : IGrainWithStringKey
{
    /// <summary>Registers the work. Registering the same id again with the same command returns the first result.</summary>
    Task<WorkView> Register(RegisterWork command);

    /// <summary>Changes the training consent; the change is kept as a fact with its time and actor.</summary>
    /// <exception cref="KeyNotFoundException">No work has this id.</exception>
    Task<WorkView> ChangeConsent(WorkConsent consent, string actorId);

    /// <summary>
    /// Replaces the work's offers (tiers and prices), already validated. Orders placed before keep the
    /// prices they captured; the catalog entry follows.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No work has this id.</exception>
    Task<WorkView> ChangeOffers(IReadOnlyList<WorkOffer> offers);

    /// <summary>
    /// <paramref name="partyId"/>, named on the work by someone else, accepts or declines their role
    /// (<see cref="Market.Domain.Catalog.NamedRoles.Answer"/>); once everyone has accepted, the work is offered.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No work has this id.</exception>
    Task<NamedRoleAnswer> AnswerRole(string partyId, bool accept);

    /// <summary>The work, or null when no work has this id.</summary>
    Task<WorkView?> Get();
}
