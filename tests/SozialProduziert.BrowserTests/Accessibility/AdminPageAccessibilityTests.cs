using SozialProduziert.BrowserTests.Infrastructure;

namespace SozialProduziert.BrowserTests.Accessibility;

/// <summary>Every page type of the staff area against WCAG 2.1 AA (see <see cref="PageAudit"/>): staff work there all day.</summary>
[Collection(BrowserGroup.Name)]
public class AdminPageAccessibilityTests(BrowserSuite suite)
{
    [BrowserTheory(Needs.Axe)]
    [MemberData(nameof(AdminPageTypes.Names), MemberType = typeof(AdminPageTypes))]
    public async Task Admin_page_type_meets_wcag_21_aa(string pageType)
    {
        var type = AdminPageTypes.Named(pageType);
        var admin = await suite.AdminSiteAsync();
        await using var tab = await suite.OpenTabAsync(admin.Site, storageState: admin.StateFor(type.As));
        var url = await type.Open(admin, tab);

        var findings = await PageAudit.RunAsync(tab);

        Assert.True(findings.Count == 0, PageAudit.Report(pageType, url, findings));
    }
}
