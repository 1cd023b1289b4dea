namespace Market.Contracts.Parties;

/// <summary>An account: artist, buyer, operator or admin. Owns the list of its works.</summary>
public interface IPartyGrain : IGrainWithStringKey
{
    /// <summary>Opens the account; opening it again returns the existing one unchanged.</summary>
    Task<PartyView> Register(RegisterParty command);

    /// <summary>The party, or null when none has this id.</summary>
    Task<PartyView?> Get();

    /// <summary>Records a work this party registered.</summary>
    Task AddWork(string workId);
}
