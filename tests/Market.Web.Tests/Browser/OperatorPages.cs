using Microsoft.Playwright;

namespace Market.Web.Tests.Browser;

/// <summary>Steps the operator tests share.</summary>
internal static class OperatorPages
{
    /// <summary>Registers a new person on the site and waits until they are signed in.</summary>
    public static async Task RegisterAsync(IPage page, string prefix)
    {
        var email = $"{prefix}{Guid.NewGuid():N}"[..20] + "@example.com";
        await page.GotoAsync("/Identity/Account/Register");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long passphrase of words");
        await page.GetByLabel("Confirm Password").FillAsync("a long passphrase of words");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Register", StringComparison.Ordinal));
    }
}
