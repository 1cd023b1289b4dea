using Market.Payments.Sandbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Sandbox;

/// <summary>
/// The sandbox's hosted checkout: it looks and behaves like Stripe's. The session id in the URL is
/// the capability, as on Stripe; paying emits the signed event to the webhook, which fulfils the order.
/// A session whose success or cancel address is not on this site is refused before anything is paid:
/// the page would otherwise send a buyer who just paid to whatever site the session names.
/// </summary>
public sealed class CheckoutModel(ISandboxCheckout sandbox) : PageModel
{
    /// <summary>The session being paid.</summary>
    public SandboxSession? Session { get; private set; }

    /// <summary>Shows the session.</summary>
    public async Task<IActionResult> OnGetAsync(string sessionId, CancellationToken cancellationToken)
    {
        Session = await sandbox.GetAsync(sessionId, cancellationToken);
        return Session is null ? NotFound() : (IActionResult?)Refusal(Session) ?? Page();
    }

    /// <summary>Pays: the webhook hears of it before the buyer is sent back.</summary>
    public async Task<IActionResult> OnPostPayAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (await sandbox.GetAsync(sessionId, cancellationToken) is not { } open) return NotFound();
        if (Refusal(open) is { } refused) return refused;
        var session = await sandbox.PayAsync(sessionId, cancellationToken);
        return session is null ? NotFound() : Redirect(session.SuccessUrl);
    }

    /// <summary>Cancels and returns to the cart.</summary>
    public async Task<IActionResult> OnPostCancelAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (await sandbox.GetAsync(sessionId, cancellationToken) is not { } open) return NotFound();
        if (Refusal(open) is { } refused) return refused;
        var session = await sandbox.CancelAsync(sessionId, cancellationToken);
        return session is null ? NotFound() : Redirect(session.CancelUrl);
    }

    private BadRequestObjectResult? Refusal(SandboxSession session) =>
        new[] { session.SuccessUrl, session.CancelUrl }.FirstOrDefault(url => !IsOnThisSite(url)) is { } foreign
            ? BadRequest($"This checkout would return you to {foreign}, which is not this site ({Request.Scheme}://{Request.Host}); it is refused and nothing was paid.")
            : null;

    private bool IsOnThisSite(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), $"{Request.Scheme}://{Request.Host}", StringComparison.OrdinalIgnoreCase);
}
