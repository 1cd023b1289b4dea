using Market.Contracts.Parties;
using Market.Contracts.Works;
using Market.Web.Identity;
using Market.Web.Orders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages;

/// <summary>The cart: remove, and check out into an order (adding is <see cref="Orders.CartAddEndpoint"/>, from a work's page).</summary>
[Authorize]
public sealed class CartModel(IGrainFactory grains, PartyProvisioner parties, OrderPlacement placement) : PageModel
{
    /// <summary>A cart line with its current price; no price when the artist no longer offers its tier.</summary>
    public sealed record Line(string WorkId, string Title, string Tier, long? PriceMinor)
    {
        /// <summary>False when the tier was withdrawn after the license was put in the cart.</summary>
        public bool IsOffered => PriceMinor is not null;
    }

    /// <summary>The cart's lines.</summary>
    public IReadOnlyList<Line> Lines { get; private set; } = [];

    /// <summary>Shows the cart.</summary>
    public async Task OnGetAsync() => Lines = await LinesAsync(await PartyAsync());

    /// <summary>Removes a license.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(string workId, string tier)
    {
        await grains.GetGrain<IPartyGrain>(await PartyAsync()).RemoveFromCart(new CartItem(workId, tier));
        return RedirectToPage();
    }

    /// <summary>Places the order (a double click finds the same one) and goes to its checkout.</summary>
    public async Task<IActionResult> OnPostCheckoutAsync(CancellationToken cancellationToken)
    {
        var partyId = await PartyAsync();
        var party = grains.GetGrain<IPartyGrain>(partyId);
        var items = (await party.Cart()).Select(i => new OrderItem(i.WorkId, i.Tier)).ToList();
        Lines = await LinesAsync(partyId);
        foreach (var gone in Lines.Where(l => !l.IsOffered))
            ModelState.AddModelError("", $"“{gone.Title}” is no longer offered with a {gone.Tier} license: remove it from your cart to check out (its page shows the licenses on offer now).");
        if (!ModelState.IsValid) return Page();
        var result = await placement.PlaceAsync(partyId, items, null, new Uri($"{Request.Scheme}://{Request.Host}"), cancellationToken);
        foreach (var (field, messages) in result.Errors) ModelState.AddModelError(field, string.Join(" ", messages));
        if (result.PaymentProblem is { } problem) ModelState.AddModelError("", $"The payment provider refused the checkout: {problem}");
        if (result.Order?.CheckoutUrl is not { } url || !ModelState.IsValid)
        {
            Lines = await LinesAsync(partyId);
            return Page();
        }

        await party.ClearCart();
        return Redirect(url);
    }

    private async Task<string> PartyAsync() =>
        await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");

    private async Task<IReadOnlyList<Line>> LinesAsync(string partyId)
    {
        var lines = new List<Line>();
        foreach (var item in await grains.GetGrain<IPartyGrain>(partyId).Cart())
        {
            var work = await grains.GetGrain<IWorkGrain>(item.WorkId).Get();
            var offer = work?.Offers.FirstOrDefault(o => o.Tier == item.Tier);
            // A withdrawn tier stays in view, marked, so the person sees why checkout refuses it and can remove it.
            if (work is not null) lines.Add(new Line(work.Id, work.Title, item.Tier, offer?.PriceMinor));
        }

        return lines;
    }
}
