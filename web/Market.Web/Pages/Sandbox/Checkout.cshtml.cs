using Market.Payments.Sandbox;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Pages.Sandbox;

/// <summary>
/// The sandbox's hosted checkout: it looks and behaves like Stripe's. The session id in the URL is
/// the capability, as on Stripe; paying emits the signed event to the webhook, which fulfils the order.
/// </summary>
public sealed class CheckoutModel(ISandboxCheckout sandbox) : PageModel
{
    /// <summary>The session being paid.</summary>
    public SandboxSession? Session { get; private set; }

    /// <summary>Shows the session.</summary>
    public async Task<IActionResult> OnGetAsync(string sessionId, CancellationToken cancellationToken)
    {
        Session = await sandbox.GetAsync(sessionId, cancellationToken);
        return Session is null ? NotFound() : Page();
    }

    /// <summary>Pays: the webhook hears of it before the buyer is sent back.</summary>
    public async Task<IActionResult> OnPostPayAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await sandbox.PayAsync(sessionId, cancellationToken);
        return session is null ? NotFound() : Redirect(session.SuccessUrl);
    }

    /// <summary>Cancels and returns to the cart.</summary>
    public async Task<IActionResult> OnPostCancelAsync(string sessionId, CancellationToken cancellationToken)
    {
        var session = await sandbox.CancelAsync(sessionId, cancellationToken);
        return session is null ? NotFound() : Redirect(session.CancelUrl);
    }
}
