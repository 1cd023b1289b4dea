using System.ComponentModel.DataAnnotations;
using Market.Web.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Market.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Sign-in. Replaces the Identity UI page, which signs in with lockout off: here every wrong
/// password counts towards locking the account (NIST SP 800-63B 5.2.2), and a locked account is
/// refused even the right password until the lockout ends. Two-factor accounts go on to the
/// Identity UI's second step.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<MarketUser> signIn) : PageModel
{
    /// <summary>What the person typed.</summary>
    public sealed class LoginInput
    {
        /// <summary>The email they registered with (it is also the user name).</summary>
        [Required, EmailAddress]
        public string Email { get; set; } = "";

        /// <summary>The password: any length the registration allowed, no composition rules.</summary>
        [Required, DataType(DataType.Password)]
        public string Password { get; set; } = "";

        /// <summary>Keep the sign-in cookie across browser sessions.</summary>
        [Display(Name = "Remember me?")]
        public bool RememberMe { get; set; }
    }

    /// <summary>The form.</summary>
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    /// <summary>Where to go after signing in: a local path only.</summary>
    public string ReturnUrl { get; private set; } = "/";

    /// <summary>Shows the form, with an error passed on by another page if any.</summary>
    public async Task OnGetAsync(string? returnUrl = null)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        // A half-finished external sign-in must not linger into this one.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
    }

    /// <summary>Signs in, counting a failure towards lockout.</summary>
    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        if (!ModelState.IsValid) return Page();

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(ReturnUrl);
        if (result.RequiresTwoFactor) return RedirectToPage("./LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        if (result.IsLockedOut) return RedirectToPage("./Lockout");
        ModelState.AddModelError(string.Empty, "Invalid login attempt.");
        return Page();
    }

    private string LocalOrHome(string? returnUrl) => returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
