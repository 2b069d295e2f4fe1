using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SozialProduziert.BrowserTests.Infrastructure;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.BrowserTests.Journeys;

/// <summary>
/// A firm's CSR officer registers interest in the funded programme: from the home page to the form, a first attempt
/// with gaps, then the complete registration and the page that tells the firm its place. On a site of its own,
/// because it adds a registration.
/// </summary>
[Collection(BrowserGroup.Name)]
public partial class RegistrationJourneyTests(BrowserSuite suite)
{
    [BrowserFact]
    public async Task A_firm_registers_interest_and_sees_its_place_in_the_queue()
    {
        await using var site = LiveSite.Start(PortalDatabase.Demo);
        var expected = await ExpectedPlaceAsync(site);
        await using var tab = await suite.OpenTabAsync(site);
        var page = tab.Page;

        await tab.GotoOkAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }).GetByRole(AriaRole.Link, new() { Name = "Mitmachen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Anmeldung", Exact = false }).First).ToBeVisibleAsync();

        await page.GetByLabel("Unternehmen", new() { Exact = true }).FillAsync("Waldviertler Holzspielwaren Kainz GmbH");
        await page.GetByRole(AriaRole.Button, new() { Name = "Interesse melden" }).ClickAsync();
        await Assertions.Expect(page.Locator(".form-errors")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Unternehmen", new() { Exact = true })).ToHaveValueAsync("Waldviertler Holzspielwaren Kainz GmbH");

        await page.GetByLabel("Ansprechperson").FillAsync("Mag. Birgit Kainz");
        await page.GetByLabel("E-Mail", new() { Exact = true }).FillAsync("birgit.kainz@beispiel.at");
        await page.GetByLabel("Bezirk").SelectOptionAsync(new SelectOptionValue { Label = "Zwettl" });
        await page.GetByLabel("Unternehmensgröße").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await page.GetByLabel("Ideen oder Reststoffe").FillAsync("Buchenholzreste aus der Spielzeugfertigung, vielleicht für Namensschilder.");
        await page.GetByLabel("Ich bin einverstanden", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Interesse melden" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ihre Interessensbekundung");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(expected);
        Assert.Matches(OwnStatusPage(), page.Url);

        // The same place in the confirmation mail, which waits in the outbox.
        var mail = await site.Portal.WithDbAsync(db => db.OutboxMails.Where(m => m.ToAddress == "birgit.kainz@beispiel.at").Select(m => m.TextBody).SingleAsync());
        Assert.Contains(expected, mail, StringComparison.Ordinal);
        tab.AssertNoDialogs();
    }

    /// <summary>The wording for the next firm to arrive, from the stored queue: the places go by order of arrival.</summary>
    private static Task<string> ExpectedPlaceAsync(LiveSite site) => site.Portal.WithDbAsync(async db =>
    {
        var programme = await db.Programmes.SingleAsync(p => p.Registrations.Any());
        var ahead = await db.InterestRegistrations.CountAsync(r => r.ProgrammeId == programme.Id
            && r.Status != RegistrationStatus.Withdrawn && r.Status != RegistrationStatus.Invalid);
        return ahead < programme.Places
            ? $"vorläufig ausgewählt (Platz {ahead + 1} von {programme.Places})"
            : $"Warteliste, Platz {ahead + 1 - programme.Places}";
    });

    [GeneratedRegex("/mitmachen/anmeldung/[A-Za-z0-9_-]+$")]
    private static partial Regex OwnStatusPage();
}
