using Market.Store.Licenses;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Licenses;

/// <summary>The public verify page of a license certificate.</summary>
public sealed class VerifyModel(LicenseRegistry licenses) : PageModel
{
    /// <summary>The id asked about.</summary>
    public string Id { get; private set; } = "";

    /// <summary>The license, if it exists.</summary>
    public LicenseRecord? Record { get; private set; }

    /// <summary>True when the signature holds.</summary>
    public bool Valid { get; private set; }

    /// <summary>Looks the license up and checks its signature.</summary>
    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Id = id;
        Record = await licenses.FindAsync(id, cancellationToken);
        Valid = Record is not null && await licenses.VerifyAsync(Record.Certificate, Record.Signature, cancellationToken);
    }
}
