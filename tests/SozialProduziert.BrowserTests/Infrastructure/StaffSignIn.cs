using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>Signs a staff member in through the real forms in the browser, typing the authenticator code when asked.</summary>
public static class StaffSignIn
{
    public static async Task SignInAsync(this BrowserTab tab, PortalFactory portal, string email, string password = StaffSession.Password)
    {
        ArgumentNullException.ThrowIfNull(tab);
        ArgumentNullException.ThrowIfNull(portal);
        await tab.GotoOkAsync("/admin/anmelden");
        await tab.Page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await tab.Page.GetByLabel("Passwort").FillAsync(password);
        await tab.Page.Locator("main").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        if (tab.Page.Url.Contains("/admin/anmelden/zwei-faktor", StringComparison.Ordinal))
        {
            await tab.Page.Locator("#Code").FillAsync(await portal.AuthenticatorCodeAsync(email));
            await tab.Page.Locator("main").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        }

        Assert.DoesNotContain("/admin/anmelden", tab.Page.Url, StringComparison.Ordinal);
    }
}
