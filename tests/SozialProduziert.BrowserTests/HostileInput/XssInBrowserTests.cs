using Microsoft.Playwright;
using SozialProduziert.BrowserTests.Infrastructure;
using SozialProduziert.Tests.HostileInput;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.BrowserTests.HostileInput;

/// <summary>
/// The XSS corpus in a real browser, with the Content-Security-Policy switched off so that only the escaping stands
/// between the payload and execution: no dialog may open, on reflected pages (search, filters, sign-in) and on
/// content saved through the editors.
/// </summary>
[Collection(BrowserGroup.Name)]
public class XssInBrowserTests(BrowserSuite suite)
{
    [BrowserFact]
    public async Task No_payload_in_the_search_or_the_filters_runs_in_the_browser()
    {
        await using var tab = await suite.OpenTabAsync(suite.Demo, bypassCsp: true);

        foreach (var payload in XssCorpus.Payloads)
        {
            await tab.GotoAsync(PublicRoutes.WithEveryParameter("/suche", payload));
            await tab.GotoAsync(PublicRoutes.WithEveryParameter("/praxisbeispiele", payload));
        }

        tab.AssertNoDialogs();
    }

    [BrowserFact]
    public async Task A_script_that_does_get_in_is_noticed_by_this_test()
    {
        await using var tab = await suite.OpenTabAsync(suite.Demo, bypassCsp: true);

        await tab.Page.SetContentAsync("<img src=x onerror=alert(1)>");
        await tab.Page.WaitForTimeoutAsync(200);

        Assert.Single(tab.Dialogs);
    }

    [BrowserFact]
    public async Task Payloads_saved_as_content_do_not_run_on_the_public_pages()
    {
        await using var site = LiveSite.Start(PortalDatabase.Empty);
        await site.Portal.CreateStaffAsync("xss@komunitas.example", SozialProduziert.Web.Domain.Roles.Editor);
        await using var tab = await suite.OpenTabAsync(site, bypassCsp: true);
        await tab.SignInAsync(site.Portal, "xss@komunitas.example");

        for (var index = 0; index < XssCorpus.Payloads.Count; index += 6)
        {
            var payload = XssCorpus.Payloads[index];
            await tab.GotoOkAsync("/admin/praxisbeispiele/neu");
            await tab.Page.GetByLabel("Titel").FillAsync(payload);
            await tab.Page.GetByLabel("Kurztext").FillAsync(payload);
            await tab.Page.GetByLabel("Text (Markdown)").FillAsync(payload);
            await tab.Page.GetByLabel("Art der Leistung").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await tab.Page.GetByLabel("Von (Jahr)").FillAsync("2024");
            await tab.Page.Locator("#Slug").FillAsync($"xss-{index}");
            await tab.Page.Locator("#State").SelectOptionAsync("Published");
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();
            await Assertions.Expect(tab.Page.Locator(".flash")).ToContainTextAsync("wurde angelegt");
            await tab.GotoOkAsync($"/praxisbeispiele/xss-{index}");
        }

        await tab.GotoOkAsync("/praxisbeispiele");
        await tab.GotoOkAsync("/suche?q=alert");
        tab.AssertNoDialogs();
    }
}
