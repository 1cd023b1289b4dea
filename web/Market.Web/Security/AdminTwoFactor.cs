using Market.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Market.Web.Security;

/// <summary>
/// Admin pages need a two-factor sign-in: an admin whose account has no second factor is sent to set
/// one up; one who signed in with the password alone (2FA enabled since) is signed out and sent to
/// sign in again with both. A browser the admin chose to remember at a two-factor sign-in counts.
/// Runs after authorization, so everyone else is still turned away as before.
/// </summary>
public sealed class AdminTwoFactor : IAsyncPageFilter
{
    /// <summary>Where an admin without a second factor sets one up (Identity UI).</summary>
    public const string SetUpPath = "/Identity/Account/Manage/TwoFactorAuthentication";

    /// <summary>The claim Identity adds to a two-factor sign-in.</summary>
    private const string MethodsClaim = "amr";

    /// <summary>Requires it on every page under <paramref name="folder"/>.</summary>
    public static void RequireOn(Microsoft.AspNetCore.Mvc.ApplicationModels.PageConventionCollection conventions, string folder) =>
        conventions.AddFolderApplicationModelConvention(folder, page => page.Filters.Add(new AdminTwoFactor()));

    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true || http.User.HasClaim(MethodsClaim, "mfa"))
        {
            await next();
            return;
        }

        var signIn = http.RequestServices.GetRequiredService<SignInManager<MarketUser>>();
        var user = await signIn.UserManager.GetUserAsync(http.User);
        if (user is null)
        {
            await next();   // not a site account (authorization already decided who may be here)
            return;
        }

        var returnUrl = http.Request.Path + http.Request.QueryString;
        if (!await signIn.UserManager.GetTwoFactorEnabledAsync(user))
        {
            context.Result = new RedirectResult(SetUpPath);
        }
        else if (await signIn.IsTwoFactorClientRememberedAsync(user))
        {
            await next();
        }
        else
        {
            await signIn.SignOutAsync();
            context.Result = new RedirectResult("/Identity/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        }
    }
}
