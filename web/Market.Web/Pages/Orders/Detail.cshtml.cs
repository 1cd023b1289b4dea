using Market.Contracts.Orders;
using Market.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Orders;

/// <summary>The order confirmation: status, lines and, once the webhook has fulfilled it, the licenses.</summary>
[Authorize]
public sealed class DetailModel(IGrainFactory grains, PartyProvisioner parties) : PageModel
{
    /// <summary>The order.</summary>
    public OrderView? Order { get; private set; }

    /// <summary>Shows the buyer's own order; anyone else's is not found.</summary>
    public async Task<IActionResult> OnGetAsync(string id)
    {
        var partyId = await parties.EnsurePartyAsync(User);
        Order = await grains.GetGrain<IOrderGrain>(id).Get();
        return Order is null || Order.BuyerId != partyId ? NotFound() : Page();
    }
}
