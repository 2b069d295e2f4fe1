using SozialProduziert.BrowserTests.Infrastructure;

namespace SozialProduziert.BrowserTests.Accessibility;

/// <summary>The partner area and the pages behind personal links against WCAG 2.1 AA (see <see cref="PageAudit"/>).</summary>
[Collection(BrowserGroup.Name)]
public class PersonalPageAccessibilityTests(BrowserSuite suite)
{
    [BrowserTheory(Needs.Axe)]
    [MemberData(nameof(PersonalPageTypes.Names), MemberType = typeof(PersonalPageTypes))]
    public async Task Personal_page_type_meets_wcag_21_aa(string pageType)
    {
        var type = PersonalPageTypes.Named(pageType);
        var site = await suite.AdminSiteAsync();
        await using var tab = await suite.OpenTabAsync(site.Site, storageState: await site.StateForAsync(type.As));
        var url = await type.Open(site, tab);

        var findings = await PageAudit.RunAsync(tab);

        Assert.True(findings.Count == 0, PageAudit.Report(pageType, url, findings));
    }
}
