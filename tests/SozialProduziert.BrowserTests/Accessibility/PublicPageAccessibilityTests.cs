using SozialProduziert.BrowserTests.Infrastructure;

namespace SozialProduziert.BrowserTests.Accessibility;

/// <summary>Every public page type, as a visitor's Chromium renders it, against WCAG 2.1 AA (see <see cref="PageAudit"/>).</summary>
[Collection(BrowserGroup.Name)]
public class PublicPageAccessibilityTests(BrowserSuite suite)
{
    [BrowserTheory(Needs.Axe)]
    [MemberData(nameof(PublicPageTypes.Names), MemberType = typeof(PublicPageTypes))]
    public async Task Public_page_type_meets_wcag_21_aa(string pageType)
    {
        var type = PublicPageTypes.Named(pageType);
        var url = await suite.Demo.UrlOfAsync(type.Url);
        await using var tab = await suite.OpenTabAsync(suite.Demo);
        var status = await tab.GotoAsync(url);
        Assert.True(status is 200 or 404, $"GET {url} answered {status}.");
        if (type.Submit is not null)
        {
            url = await AdminPageTypes.SubmitAsync(tab, type.Submit);
        }

        var findings = await PageAudit.RunAsync(tab);

        Assert.True(findings.Count == 0, PageAudit.Report(pageType, url, findings));
    }
}
