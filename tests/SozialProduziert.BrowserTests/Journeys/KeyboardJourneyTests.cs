using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SozialProduziert.BrowserTests.Infrastructure;

namespace SozialProduziert.BrowserTests.Journeys;

/// <summary>
/// The visitor journey with the keyboard alone (Tab, Enter, Space, arrow keys): no mouse click, and at every stop the
/// focus is visible on screen.
/// </summary>
[Collection(BrowserGroup.Name)]
public class KeyboardJourneyTests(BrowserSuite suite)
{
    [BrowserFact]
    public async Task A_keyboard_user_skips_to_the_content_filters_the_examples_and_opens_one()
    {
        await using var tab = await suite.OpenTabAsync(suite.Demo);
        var page = tab.Page;
        await tab.GotoOkAsync("/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Zum Inhalt springen", await page.FocusedTextAsync());
        await Keyboard.AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('main')"), "The skip link did not move focus to the main content.");

        await tab.GotoOkAsync("/");
        await page.TabToAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Praxisbeispiele" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Praxisbeispiele");

        var field = page.GetByLabel("Arbeitsfeld");
        await page.TabToAsync(field);
        await page.Keyboard.PressAsync("ArrowDown");
        var chosen = await field.InputValueAsync();
        Assert.False(string.IsNullOrEmpty(chosen), "The arrow key did not choose a field of work.");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Filter anwenden" }));
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"feld={Regex.Escape(chosen)}"));
        await Assertions.Expect(page.Locator(".results-count")).ToContainTextAsync("gefunden");

        var card = page.Locator("main .card__title a").First;
        var title = (await card.TextContentAsync())!.Trim();
        await page.TabToAsync(card);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);

        tab.AssertNoDialogs();
    }
}
