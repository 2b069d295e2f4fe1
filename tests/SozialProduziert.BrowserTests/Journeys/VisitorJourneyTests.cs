using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SozialProduziert.BrowserTests.Infrastructure;

namespace SozialProduziert.BrowserTests.Journeys;

/// <summary>A visitor looking for a partner: from the home page through the examples to the Sozialbetrieb behind one, and an inquiry to it.</summary>
[Collection(BrowserGroup.Name)]
public partial class VisitorJourneyTests(BrowserSuite suite)
{
    [BrowserFact]
    public async Task A_visitor_filters_the_examples_opens_one_and_reaches_the_sozialbetrieb_to_ask_it()
    {
        await using var tab = await suite.OpenTabAsync(suite.Demo);
        var page = tab.Page;
        await tab.GotoOkAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Praxisbeispiele" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Praxisbeispiele");
        var all = Count(await page.Locator(".results-count").TextContentAsync());

        await page.GetByLabel("Arbeitsfeld").SelectOptionAsync(new SelectOptionValue { Label = "Holz" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter anwenden" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("feld=holz"));
        await Assertions.Expect(page.Locator(".results-count")).ToContainTextAsync("gefunden");
        var filtered = Count(await page.Locator(".results-count").TextContentAsync());
        Assert.InRange(filtered, 1, all - 1);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Alle Filter zurücksetzen" })).ToBeVisibleAsync();

        var card = page.Locator("main .card__title a").First;
        var title = (await card.TextContentAsync())!.Trim();
        await card.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Arbeitsfelder" })).ToBeVisibleAsync();

        var enterprises = page.Locator("section[aria-labelledby=enterprises-heading]");
        await Assertions.Expect(enterprises.GetByRole(AriaRole.Heading, new() { Name = "Beteiligte Sozialbetriebe" })).ToBeVisibleAsync();
        var enterprise = enterprises.GetByRole(AriaRole.Link).First;
        var name = (await enterprise.TextContentAsync())!.Trim();
        await enterprise.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sozialbetriebe/[a-z0-9-]+$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(name);

        // "Anfrage senden" is a link to a form of its own (the profile is cached and carries no form).
        var inquiry = page.GetByRole(AriaRole.Link, new() { Name = $"Anfrage senden an {name}" });
        await Assertions.Expect(inquiry).ToBeVisibleAsync();
        Assert.StartsWith("/anfrage?sozialbetrieb=", await inquiry.GetAttributeAsync("href"), StringComparison.Ordinal);
        await inquiry.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Anfrage an {name}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Anfrage senden" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-errors")).ToBeFocusedAsync();
        await page.GetByLabel("Ihre Nachricht").FillAsync("Wir suchen 200 Weinkisten als Kundengeschenk.");
        await page.GetByLabel("Ihr Name").FillAsync("Maria Berger");
        await page.GetByLabel("E-Mail-Adresse").FillAsync("maria.berger@beispiel.at");
        await page.GetByLabel("Ich bin einverstanden", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Anfrage senden" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Vielen Dank für Ihre Anfrage");
        tab.AssertNoDialogs();
    }

    private static int Count(string? resultsHeading) => int.Parse(LeadingNumber().Match(resultsHeading ?? "").Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+")]
    private static partial Regex LeadingNumber();
}
