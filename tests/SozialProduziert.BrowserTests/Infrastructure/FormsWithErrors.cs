namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// The page types that show a form sent back with errors, from all three catalogues, and how to open one: public
/// forms are sent on the read-only demo site, staff and personal ones on the prepared site, as their account.
/// </summary>
public static class FormsWithErrors
{
    public static TheoryData<string> Names => [.. AdminPageTypes.WithErrors, .. PersonalPageTypes.WithErrors, .. PublicPageTypes.WithErrors];

    public static async Task<BrowserTab> OpenAsync(BrowserSuite suite, string pageType)
    {
        ArgumentNullException.ThrowIfNull(suite);
        if (PublicPageTypes.All.FirstOrDefault(p => p.Name == pageType) is { Submit: { } button } form)
        {
            var visitor = await suite.OpenTabAsync(suite.Demo);
            await visitor.GotoOkAsync(await suite.Demo.UrlOfAsync(form.Url));
            await AdminPageTypes.SubmitAsync(visitor, button);
            return visitor;
        }

        var type = AdminPageTypes.All.Concat(PersonalPageTypes.All).Single(p => p.Name == pageType);
        var site = await suite.AdminSiteAsync();
        var tab = await suite.OpenTabAsync(site.Site, storageState: await site.StateForAsync(type.As));
        await type.Open(site, tab);
        return tab;
    }
}
