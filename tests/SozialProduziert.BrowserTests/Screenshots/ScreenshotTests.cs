using SozialProduziert.BrowserTests.Infrastructure;

namespace SozialProduziert.BrowserTests.Screenshots;

/// <summary>
/// Full-page screenshots of the main page types at phone and desktop width, for people to look at after a run:
/// artifacts/screenshots/{width}/{name}.png (git-ignored).
/// </summary>
[Collection(BrowserGroup.Name)]
public class ScreenshotTests(BrowserSuite suite)
{
    private static readonly string[] PublicPages =
    [
        "Startseite", "Praxisbeispiele", "Praxisbeispiel", "Sozialbetriebe", "Sozialbetrieb", "Angebote", "Angebot",
        "Virtuelle Auslage", "Partner", "Über SoPro", "Mitmachen", "Downloads", "Suche mit Treffern", "Fehlerseite 404",
    ];

    private static readonly string[] AdminPages =
    [
        "Anmeldung", "Übersicht", "Praxisbeispiel: Liste", "Praxisbeispiel bearbeiten", "Praxisbeispiel mit Fehlern", "Versionsvergleich",
    ];

    [BrowserTheory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Main_page_types_are_photographed(int width)
    {
        var folder = Path.Combine(ProjectPaths.Screenshots, $"{width}");
        Directory.CreateDirectory(folder);
        var written = new List<string>();

        await using (var tab = await suite.OpenTabAsync(suite.Demo, width))
        {
            foreach (var name in PublicPages)
            {
                var status = await tab.GotoAsync(await suite.Demo.UrlOfAsync(PublicPageTypes.Named(name).Url));
                Assert.True(status is 200 or 404, $"{name} answered {status}.");
                written.Add(await ShootAsync(tab, folder, "website", name));
            }
        }

        var admin = await suite.AdminSiteAsync();
        foreach (var name in AdminPages)
        {
            var type = AdminPageTypes.Named(name);
            await using var tab = await suite.OpenTabAsync(admin.Site, width, storageState: admin.StateFor(type.As));
            await type.Open(admin, tab);
            written.Add(await ShootAsync(tab, folder, "redaktion", name));
        }

        Assert.All(written, file => Assert.True(new FileInfo(file).Length > 1000, $"{file} is (nearly) empty."));
    }

    private static async Task<string> ShootAsync(BrowserTab tab, string folder, string area, string name)
    {
        var file = Path.Combine(folder, $"{area}-{FileName(name)}.png");
        await tab.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        return file;
    }

    private static string FileName(string name) =>
        SozialProduziert.Web.Domain.Slug.From(name);
}
