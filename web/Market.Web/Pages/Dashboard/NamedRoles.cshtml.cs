using Market.Contracts.Parties;
using Market.Domain.Catalog;
using Market.Web.Identity;
using Market.Web.Works;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Dashboard;

/// <summary>
/// Works naming the signed-in person as a creator or co-owner wait here for their answer (accept or
/// decline); works on which they named others show who has not answered yet, or declined.
/// </summary>
public sealed class NamedRolesModel(PartyProvisioner parties, IGrainFactory grains, NamedRoleRequests requests) : PageModel
{
    /// <summary>Works naming the person that still wait for their answer.</summary>
    public IReadOnlyList<NamedRoleRow> Waiting { get; private set; } = [];

    /// <summary>Works naming the person that they have answered.</summary>
    public IReadOnlyList<NamedRoleRow> Answered { get; private set; } = [];

    /// <summary>Works on which the person named others.</summary>
    public IReadOnlyList<NamedRoleRow> AskedOfOthers { get; private set; } = [];

    /// <summary>Display names of everyone shown, by account id.</summary>
    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Lists them.</summary>
    public async Task OnGetAsync() => await LoadAsync(await PartyIdAsync());

    /// <summary>Accepts the person's role on <paramref name="workId"/>.</summary>
    public Task<IActionResult> OnPostAcceptAsync(string workId) => AnswerAsync(workId, accept: true);

    /// <summary>Declines the person's role on <paramref name="workId"/>.</summary>
    public Task<IActionResult> OnPostDeclineAsync(string workId) => AnswerAsync(workId, accept: false);

    private async Task<IActionResult> AnswerAsync(string workId, bool accept)
    {
        var partyId = await PartyIdAsync();
        var answer = await requests.AnswerAsync(workId, partyId, accept, HttpContext.RequestAborted);
        if (answer is null || answer.Refusal is not null)
        {
            ModelState.AddModelError(string.Empty, answer?.Message ?? $"No work has id '{workId}'.");
            await LoadAsync(partyId);
            return Page();
        }

        TempData["Saved"] = accept
            ? answer.Work.IsForSale ? $"You accepted your role on “{answer.Work.Title}”; it is now for sale." : $"You accepted your role on “{answer.Work.Title}”; it goes on sale once everyone named has."
            : $"You declined your role on “{answer.Work.Title}”; it stays off sale.";
        return RedirectToPage();
    }

    private async Task<string> PartyIdAsync() =>
        await parties.EnsurePartyAsync(User) ?? throw new InvalidOperationException("A signed-in user has no account.");

    private async Task LoadAsync(string partyId)
    {
        var rows = await requests.ForAsync(partyId);
        Waiting = [.. rows.Where(r => r.Mine?.Answer == NamedRoles.Pending)];
        Answered = [.. rows.Where(r => r.Mine is { Answer: not NamedRoles.Pending })];
        AskedOfOthers = [.. rows.Where(r => r.Work.NamedBy == partyId)];
        foreach (var id in AskedOfOthers.SelectMany(r => r.Work.Named ?? []).Select(n => n.PartyId).Distinct())
        {
            Names[id] = (await grains.GetGrain<IPartyGrain>(id).Get())?.DisplayName ?? id;
        }
    }
}
