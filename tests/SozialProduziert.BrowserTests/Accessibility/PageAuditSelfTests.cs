using SozialProduziert.BrowserTests.Infrastructure;

namespace SozialProduziert.BrowserTests.Accessibility;

/// <summary>The audit must be able to fail: a page with known defects yields exactly those findings.</summary>
[Collection(BrowserGroup.Name)]
public class PageAuditSelfTests(BrowserSuite suite)
{
    private const string BrokenPage = """
        <!DOCTYPE html><html lang="de"><head><title>Kaputt</title>
        <style>a { outline: none !important; } .wide { width: 600px; }</style></head>
        <body><main><h1>Kaputt</h1><img src="x.png"><a href="#weiter">Weiter</a><div class="wide">breit</div></main></body></html>
        """;

    [BrowserFact(Needs.Axe)]
    public async Task The_audit_reports_a_missing_alt_text_an_invisible_focus_and_horizontal_scrolling()
    {
        await using var tab = await suite.OpenTabAsync(suite.Demo);
        await tab.Page.SetContentAsync(BrokenPage);

        var findings = string.Join("\n", await PageAudit.RunAsync(tab));

        Assert.Contains("image-alt", findings, StringComparison.Ordinal);
        Assert.Contains("focus not visible on a[href=\"#weiter\"]", findings, StringComparison.Ordinal);
        Assert.Contains("scrolls horizontally at 320 px", findings, StringComparison.Ordinal);
        Assert.Contains("div.wide", findings, StringComparison.Ordinal);
    }
}
