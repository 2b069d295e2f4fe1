using SozialProduziert.Tests.Infrastructure;
using static SozialProduziert.BrowserTests.Infrastructure.AdminPageTypes;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// Pages outside /admin that belong to one person and so need the prepared <see cref="AdminSite"/>: the partner area
/// behind its own sign-in, and the invitation link sent by mail with a personal key.
/// Route templates let a test prove that no public GET route is left out.
/// </summary>
public static class PersonalPageTypes
{
    public static IReadOnlyList<PageType> All { get; } =
    [
        Partner("Mein Bereich", "mein-bereich", _ => "/mein-bereich"),
        new("Änderungswunsch mit Fehlern", null, Account.Partner, async (_, tab) =>
        {
            await GotoAsync(tab, "/mein-bereich");
            return await SubmitAsync(tab, "Änderungswünsche senden");
        }),
        Partner("Meine Kennzahlen", "mein-bereich/kennzahlen", _ => "/mein-bereich/kennzahlen"),
        Partner("Mein Bericht", "mein-bereich/bericht/{year:int}", s => $"/mein-bereich/bericht/{s.Ids["reportYear"]}"),
        Partner("Vorschau meiner Auslage", "mein-bereich/auslage", _ => "/mein-bereich/auslage"),
        Partner("Sicherheit: Zwei-Faktor einrichten", "mein-bereich/sicherheit", _ => "/mein-bereich/sicherheit"),
        new("Sicherheit mit Fehlern", null, Account.Partner, async (_, tab) =>
        {
            await GotoAsync(tab, "/mein-bereich/sicherheit");
            return await SubmitAsync(tab, "Bestätigen und einschalten");
        }),
        Visitor("Partner-Anmeldung", "mein-bereich/anmelden", _ => "/mein-bereich/anmelden"),
        new("Partner-Anmeldung mit Fehlern", null, Account.Anonymous, async (_, tab) =>
        {
            await GotoAsync(tab, "/mein-bereich/anmelden");
            return await SubmitAsync(tab, "Anmelden");
        }),
        new("Partner-Bestätigungscode", "mein-bereich/anmelden/zwei-faktor", Account.Anonymous, (_, tab) => PasswordStepAsync(tab)),
        new("Partner-Bestätigungscode falsch", null, Account.Anonymous, async (_, tab) =>
        {
            await PasswordStepAsync(tab);
            await tab.Page.Locator("#Code").FillAsync("000000");
            return await SubmitAsync(tab, "Anmelden");
        }),
        Visitor("Einladung annehmen", "mein-bereich/einladung/{token}", s => $"/mein-bereich/einladung/{s.Ids["invitation"]}"),
        new("Einladung annehmen mit Fehlern", null, Account.Anonymous, async (site, tab) =>
        {
            await GotoAsync(tab, $"/mein-bereich/einladung/{site.Ids["invitation"]}");
            return await SubmitAsync(tab, "Zugang einrichten");
        }),
    ];

    /// <summary>GET routes of the partner area that answer a file rather than a page.</summary>
    public static IReadOnlyList<string> NotHtml { get; } = ["mein-bereich/bericht/{year:int}.{format}"];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    public static PageType Named(string name) => All.Single(p => p.Name == name);

    public static IEnumerable<string> WithErrors => All.Where(p => p.Name.EndsWith("mit Fehlern", StringComparison.Ordinal) || p.Name.EndsWith("falsch", StringComparison.Ordinal)).Select(p => p.Name);

    private static PageType Partner(string name, string template, Func<AdminSite, string> url) =>
        new(name, template, Account.Partner, (site, tab) => GotoAsync(tab, url(site)), url);

    private static PageType Visitor(string name, string template, Func<AdminSite, string> url) =>
        new(name, template, Account.Anonymous, (site, tab) => GotoAsync(tab, url(site)), url);

    private static async Task<string> PasswordStepAsync(BrowserTab tab)
    {
        await GotoAsync(tab, "/mein-bereich/anmelden");
        await tab.Page.GetByLabel("E-Mail-Adresse").FillAsync(AdminSite.PartnerTwoFactorEmail);
        await tab.Page.GetByLabel("Passwort").FillAsync(StaffSession.Password);
        await SubmitAsync(tab, "Anmelden");
        Assert.Contains("/mein-bereich/anmelden/zwei-faktor", tab.Page.Url, StringComparison.Ordinal);
        return tab.Page.Url;
    }
}
