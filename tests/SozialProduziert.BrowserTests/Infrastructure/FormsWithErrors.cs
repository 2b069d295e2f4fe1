using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// The page types that show a form sent back with errors, from all three catalogues, and how to open one: public
/// forms are sent on the read-only demo site, staff and personal ones on the prepared site, as their account.
/// </summary>
public static class FormsWithErrors
{
    public static TheoryData<string> Names => [.. AdminPageTypes.WithErrors, .. PersonalPageTypes.WithErrors, .. PublicPageTypes.WithErrors];

    /// <param name="clientAddress">
    /// Where the tab's requests come from (default: 127.0.0.1, like every other tab). A suite that sends all these
    /// forms once more gives each tab an address of its own, so the per-client limits on sign-in and public forms
    /// (<c>RateLimits</c>) count it apart from the other tests.
    /// </param>
    public static async Task<BrowserTab> OpenAsync(BrowserSuite suite, string pageType, string? clientAddress = null)
    {
        ArgumentNullException.ThrowIfNull(suite);
        if (PublicPageTypes.All.FirstOrDefault(p => p.Name == pageType) is { Submit: { } button } form)
        {
            var visitor = await FromAsync(await suite.OpenTabAsync(suite.Demo), clientAddress);
            await visitor.GotoOkAsync(await suite.Demo.UrlOfAsync(form.Url));
            await AdminPageTypes.SubmitAsync(visitor, button);
            return visitor;
        }

        var type = AdminPageTypes.All.Concat(PersonalPageTypes.All).Single(p => p.Name == pageType);
        var site = await suite.AdminSiteAsync();
        var tab = await FromAsync(await suite.OpenTabAsync(site.Site, storageState: await site.StateForAsync(type.As)), clientAddress);
        await type.Open(site, tab);
        return tab;
    }

    private static async Task<BrowserTab> FromAsync(BrowserTab tab, string? clientAddress)
    {
        if (clientAddress is not null)
        {
            await tab.Context.SetExtraHTTPHeadersAsync([new(TestClientAddress.Header, clientAddress)]);
        }

        return tab;
    }
}
