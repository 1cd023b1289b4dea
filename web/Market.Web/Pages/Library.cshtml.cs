using Market.Store.Licenses;
using Market.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages;

/// <summary>The buyer's library: every license held, with downloads and certificates.</summary>
[Authorize]
public sealed class LibraryModel(PartyProvisioner parties, LicenseRegistry licenses) : PageModel
{
    /// <summary>The licenses held.</summary>
    public IReadOnlyList<LicenseRecord> Licenses { get; private set; } = [];

    /// <summary>Loads them.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var partyId = await parties.EnsurePartyAsync(User);
        Licenses = partyId is null ? [] : await licenses.HeldByAsync(partyId, cancellationToken);
    }
}
