using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SozialProduziert.BrowserTests.Infrastructure;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Tests.Media;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.BrowserTests.Journeys;

/// <summary>
/// A Redaktion member's working day: sign in, write a new example with a photo, check the preview, publish it, see it
/// on the website, then take back a later edit by restoring the published version. On a site of its own, because it
/// changes content.
/// </summary>
[Collection(BrowserGroup.Name)]
public class StaffJourneyTests(BrowserSuite suite)
{
    private const string Title = "Sitzbänke aus Gerüstbohlen";
    private const string AltText = "Zwei Sitzbänke aus grauen Holzbohlen vor einer Werkhalle";

    [BrowserFact]
    public async Task Staff_create_an_example_with_a_photo_preview_publish_it_and_restore_an_older_version()
    {
        await using var site = LiveSite.Start(PortalDatabase.Demo);
        await site.Portal.CreateStaffAsync("anna.berger@komunitas.example", Roles.Editor);
        await using var tab = await suite.OpenTabAsync(site);
        var page = tab.Page;

        await tab.SignInAsync(site.Portal, "anna.berger@komunitas.example");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Übersicht");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Redaktionsbereich" }).GetByRole(AriaRole.Link, new() { Name = "Praxisbeispiele" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Neues Praxisbeispiel" }).ClickAsync();
        await page.GetByLabel("Titel").FillAsync(Title);
        await page.GetByLabel("Kurztext").FillAsync("Aus ausgemusterten Gerüstbohlen einer Baufirma baut eine Werkstatt robuste Bänke für Gemeinden.");
        await page.GetByLabel("Text (Markdown)").FillAsync("Die Bohlen werden **geschliffen**, geölt und verschraubt.\n\n## Ergebnis\n- 40 Bänke im ersten Jahr");
        await page.GetByLabel("Art der Leistung").SelectOptionAsync(new SelectOptionValue { Value = nameof(OutputType.ResidualMaterialRecycling) });
        await page.GetByLabel("Von (Jahr)").FillAsync("2024");
        await page.Locator("#SocialEnterpriseIds input[type=checkbox]").First.CheckAsync();
        await page.Locator("#NewImages").SetInputFilesAsync(new FilePayload { Name = "baenke.jpg", MimeType = "image/jpeg", Buffer = CraftedFiles.Jpeg(1200, 800) });
        await page.Locator("#NewImagesAltText").FillAsync(AltText);
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync($"„{Title}“ wurde angelegt");
        var editForm = new Uri(page.Url).PathAndQuery;

        await page.GetByRole(AriaRole.Link, new() { Name = "Vorschau wie auf der Website" }).ClickAsync();
        await Assertions.Expect(page.Locator(".preview-banner")).ToContainTextAsync("Vorschau");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Title);
        await Assertions.Expect(page.GetByAltText(AltText)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main strong", new() { HasText = "geschliffen" })).ToBeVisibleAsync();
        var slug = await SlugOfAsync(site);
        Assert.Equal(404, await StatusAsync(page, $"/praxisbeispiele/{slug}"));

        await tab.GotoOkAsync(editForm);
        await page.GetByRole(AriaRole.Button, new() { Name = "Jetzt veröffentlichen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("ist jetzt auf der Website zu sehen");

        await tab.GotoOkAsync($"/praxisbeispiele/{slug}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Title);
        await Assertions.Expect(page.GetByAltText(AltText)).ToBeVisibleAsync();
        Assert.True(await page.GetByAltText(AltText).EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The uploaded photo did not load.");
        await tab.GotoOkAsync("/praxisbeispiele");
        await Assertions.Expect(page.Locator("main .card__title a", new() { HasText = Title })).ToBeVisibleAsync();

        // A later edit that should not have happened, then the published version restored.
        await tab.GotoOkAsync(editForm);
        await page.GetByLabel("Titel").FillAsync("Falscher Titel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();
        await tab.GotoOkAsync($"/praxisbeispiele/{slug}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Falscher Titel");

        await tab.GotoOkAsync(editForm);
        await page.GetByRole(AriaRole.Link, new() { Name = "Versionen" }).ClickAsync();
        await Assertions.Expect(page.Locator("caption")).ToContainTextAsync("3 Versionen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Version 2", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Version 2 wiederherstellen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("Version 2 wurde wiederhergestellt");
        await Assertions.Expect(page.Locator("caption")).ToContainTextAsync("4 Versionen");

        await tab.GotoOkAsync($"/praxisbeispiele/{slug}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(Title);
        tab.AssertNoDialogs();
    }

    private static Task<string> SlugOfAsync(LiveSite site) =>
        site.Portal.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Examples.Where(e => e.Title == Title).Select(e => e.Slug)));

    private static async Task<int> StatusAsync(IPage page, string url) => (await page.APIRequest.GetAsync(url)).Status;
}
