using Microsoft.Playwright;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// Every kind of page in the staff area, each opened the way staff reach it: list pages, empty and filled edit forms,
/// forms sent back with validation errors, history and comparison, Papierkorb, media, accounts, audit log and the
/// two-factor pages. Route templates let a test prove that no admin GET route is left out.
/// </summary>
public static class AdminPageTypes
{
    public enum Account
    {
        Administrator,
        Editor,
        Anonymous,

        /// <summary>A firm's contact person in /mein-bereich (see <see cref="PersonalPageTypes"/>).</summary>
        Partner,
    }

    /// <summary><paramref name="Url"/> is set for pages a plain GET opens; the others need a form sent first.</summary>
    public sealed record PageType(string Name, string? RouteTemplate, Account As, Func<AdminSite, BrowserTab, Task<string>> Open, Func<AdminSite, string>? Url = null);

    public static IReadOnlyList<PageType> All { get; } =
    [
        Get("Übersicht", "admin", _ => "/admin"),
        .. Content("Praxisbeispiel", "praxisbeispiele", "example"),
        .. Content("Sozialbetrieb", "sozialbetriebe", "enterprise"),
        .. Content("Angebot", "angebote", "offer"),
        .. Content("Partner", "partner", "partner"),
        .. Content("Seite", "seiten", "page"),
        Get("Downloads", "admin/downloads", _ => "/admin/downloads"),
        Get("Download neu", "admin/downloads/neu", _ => "/admin/downloads/neu"),
        Get("Download bearbeiten", "admin/downloads/{id:int}", s => $"/admin/downloads/{s.Ids["download"]}"),
        Get("Mediathek", "admin/medien", _ => "/admin/medien"),
        Get("Programme", "admin/programme", _ => "/admin/programme"),
        Get("Programm neu", "admin/programme/neu", _ => "/admin/programme/neu"),
        Get("Programm bearbeiten", "admin/programme/{id:int}", s => $"/admin/programme/{s.Ids["programme"]}"),
        Get("Anmeldungen", "admin/programme/{programmeId:int}/anmeldungen", s => $"/admin/programme/{s.Ids["programme"]}/anmeldungen"),
        Get("Anmeldung erfassen", "admin/programme/{programmeId:int}/anmeldungen/neu", s => $"/admin/programme/{s.Ids["programme"]}/anmeldungen/neu"),
        Get("Anmeldung mit Beratungen", "admin/anmeldungen/{id:int}", s => $"/admin/anmeldungen/{s.Ids["registration"]}"),
        Get("Beratung bearbeiten", "admin/beratung/{entryId:int}", s => $"/admin/beratung/{s.Ids["consulting"]}"),
        Get("Abrechnung", "admin/programme/{id:int}/abrechnung", s => $"/admin/programme/{s.Ids["programme"]}/abrechnung"),
        Get("Listen", "admin/listen", _ => "/admin/listen"),
        Get("Arbeitsfeld neu", "admin/listen/arbeitsfelder/neu", _ => "/admin/listen/arbeitsfelder/neu"),
        Get("Arbeitsfeld bearbeiten", "admin/listen/arbeitsfelder/{id:int}", s => $"/admin/listen/arbeitsfelder/{s.Ids["field"]}"),
        Get("Gütesiegel neu", "admin/listen/guetesiegel/neu", _ => "/admin/listen/guetesiegel/neu"),
        Get("Gütesiegel bearbeiten", "admin/listen/guetesiegel/{id:int}", s => $"/admin/listen/guetesiegel/{s.Ids["mark"]}"),
        Get("Versionen", "admin/verlauf/{type}/{id:int}", s => $"/admin/verlauf/BestPracticeExample/{s.Ids["example"]}"),
        Get("Version", "admin/verlauf/{type}/{id:int}/version/{number:int}", s => $"/admin/verlauf/BestPracticeExample/{s.Ids["example"]}/version/1"),
        Get("Versionsvergleich", "admin/verlauf/{type}/{id:int}/vergleich",
            s => $"/admin/verlauf/BestPracticeExample/{s.Ids["example"]}/vergleich?von=1&bis={s.ExampleRevisions}"),
        Get("Papierkorb", "admin/papierkorb", _ => "/admin/papierkorb"),
        Get("Endgültig löschen", "admin/papierkorb/{type}/{id:int}/endgueltig-loeschen", s => $"/admin/papierkorb/Page/{s.Ids["trashed"]}/endgueltig-loeschen"),
        Get("Konten", "admin/konten", _ => "/admin/konten"),
        Get("Konto neu", "admin/konten/neu", _ => "/admin/konten/neu"),
        Get("Konto", "admin/konten/{id:guid}", s => $"/admin/konten/{s.Ids["staff"]}"),
        Get("Protokoll", "admin/protokoll", _ => "/admin/protokoll"),
        Get("Anfragen", "admin/anfragen", _ => "/admin/anfragen"),
        Get("Anfrage", "admin/anfragen/{id:int}", s => $"/admin/anfragen/{s.Ids["inquiry"]}"),
        new("Anfrage: Notiz mit Fehlern", null, Account.Administrator, async (site, tab) =>
        {
            await GotoAsync(tab, $"/admin/anfragen/{site.Ids["inquiry"]}");
            return await SubmitAsync(tab, "Notiz speichern");
        }),
        Get("Post", "admin/post", _ => "/admin/post"),
        Get("E-Mail", "admin/post/{id:long}", s => $"/admin/post/{s.Ids["mail"]}"),
        Get("Datenschutz-Anfragen", "admin/datenschutz", _ => "/admin/datenschutz"),
        Invalid("Datenschutz-Anfrage mit Fehlern", "/admin/datenschutz", "Suchen"),
        new("Datenschutz: gefundene Daten", null, Account.Administrator, async (_, tab) =>
        {
            await GotoAsync(tab, "/admin/datenschutz");
            await tab.Page.GetByLabel("E-Mail-Adresse der Person").FillAsync(AdminSite.RequesterEmail);
            return await SubmitAsync(tab, "Suchen");
        }),
        new("Passwort vergessen", "admin/passwort-vergessen", Account.Anonymous, (_, tab) => GotoAsync(tab, "/admin/passwort-vergessen"), _ => "/admin/passwort-vergessen"),
        new("Passwort vergessen mit Fehlern", null, Account.Anonymous, async (_, tab) =>
        {
            await GotoAsync(tab, "/admin/passwort-vergessen");
            return await SubmitAsync(tab, "Link anfordern");
        }),
        new("Link angefordert", "admin/passwort-vergessen/gesendet", Account.Anonymous, (_, tab) => GotoAsync(tab, "/admin/passwort-vergessen/gesendet"), _ => "/admin/passwort-vergessen/gesendet"),
        new("Link zum Zurücksetzen ungültig", "admin/passwort-zuruecksetzen", Account.Anonymous,
            (_, tab) => GotoAsync(tab, "/admin/passwort-zuruecksetzen"), _ => "/admin/passwort-zuruecksetzen"),
        Get("Kennzahlen eines Praxisbeispiels", "admin/praxisbeispiele/{exampleId:int}/kennzahlen", s => $"/admin/praxisbeispiele/{s.Ids["figureExample"]}/kennzahlen"),
        Get("Kennzahlen einer abgeschlossenen Anfrage", "admin/anfragen/{inquiryId:int}/kennzahlen", s => $"/admin/anfragen/{s.Ids["closedInquiry"]}/kennzahlen"),
        Get("Kennzahlen einer offenen Anfrage", "admin/anfragen/{inquiryId:int}/kennzahlen", s => $"/admin/anfragen/{s.Ids["inquiry"]}/kennzahlen"),
        Get("Kennzahl bearbeiten", "admin/kennzahlen/{id:int}", s => $"/admin/kennzahlen/{s.Ids["figure"]}"),
        Get("Zugang der Firma", "admin/partner/{id:int}/zugang", s => $"/admin/partner/{s.Ids["reportPartner"]}/zugang"),
        Get("Freigaben", "admin/freigaben", _ => "/admin/freigaben"),
        Get("Bericht, Vorjahr", "admin/partner/{id:int}/bericht", s => $"/admin/partner/{s.Ids["reportPartner"]}/bericht"),
        Get("Bericht", "admin/partner/{id:int}/bericht/{year:int}", s => $"/admin/partner/{s.Ids["reportPartner"]}/bericht/{s.Ids["reportYear"]}"),
        Get("Mein Konto", "admin/konto", _ => "/admin/konto"),
        Get("Zwei-Faktor-Status", "admin/konto/zwei-faktor", _ => "/admin/konto/zwei-faktor"),
        new("Zwei-Faktor einrichten", "admin/konto/zwei-faktor", Account.Editor, (_, tab) => GotoAsync(tab, "/admin/konto/zwei-faktor"), _ => "/admin/konto/zwei-faktor"),
        new("Anmeldung", "admin/anmelden", Account.Anonymous, (_, tab) => GotoAsync(tab, "/admin/anmelden"), _ => "/admin/anmelden"),
        new("Anmeldung mit Fehlern", null, Account.Anonymous, async (_, tab) =>
        {
            await GotoAsync(tab, "/admin/anmelden");
            return await SubmitAsync(tab, "Anmelden");
        }),
        Anonymous("Passwort zurücksetzen", "admin/passwort-zuruecksetzen", s => s.Ids["reset"]),
        new("Bestätigungscode", "admin/anmelden/zwei-faktor", Account.Anonymous, PasswordStepAsync),
        new("Bestätigungscode falsch", null, Account.Anonymous, async (site, tab) =>
        {
            await PasswordStepAsync(site, tab);
            await tab.Page.Locator("#Code").FillAsync("000000");
            return await SubmitAsync(tab, "Anmelden");
        }),
        new("Wiederherstellungscode", "admin/anmelden/wiederherstellungscode", Account.Anonymous, async (site, tab) =>
        {
            await PasswordStepAsync(site, tab);
            await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Mit einem Wiederherstellungscode anmelden" }).ClickAsync();
            return tab.Page.Url;
        }),
        Invalid("Praxisbeispiel mit Fehlern", "/admin/praxisbeispiele/neu", "Speichern"),
        Invalid("Sozialbetrieb mit Fehlern", "/admin/sozialbetriebe/neu", "Speichern"),
        Invalid("Angebot mit Fehlern", "/admin/angebote/neu", "Speichern"),
        Invalid("Partner mit Fehlern", "/admin/partner/neu", "Speichern"),
        Invalid("Seite mit Fehlern", "/admin/seiten/neu", "Speichern"),
        Invalid("Download mit Fehlern", "/admin/downloads/neu", "Speichern"),
        Invalid("Arbeitsfeld mit Fehlern", "/admin/listen/arbeitsfelder/neu", "Speichern"),
        Invalid("Gütesiegel mit Fehlern", "/admin/listen/guetesiegel/neu", "Speichern"),
        Invalid("Mediathek mit Fehlern", "/admin/medien", "Hochladen"),
        Invalid("Programm mit Fehlern", "/admin/programme/neu", "Speichern"),
        Invalid("Anmeldung erfassen mit Fehlern", null, "Anmeldung erfassen", s => $"/admin/programme/{s.Ids["programme"]}/anmeldungen/neu"),
        Invalid("Beratung mit Fehlern", null, "Eintragen", s => $"/admin/anmeldungen/{s.Ids["registration"]}"),
        Invalid("Passwort ändern mit Fehlern", "/admin/konto", "Passwort ändern"),
        Invalid("Konto neu mit Fehlern", "/admin/konten/neu", "Konto anlegen"),
        Invalid("Kennzahl mit Fehlern", null, "Kennzahl anlegen", s => $"/admin/praxisbeispiele/{s.Ids["figureExample"]}/kennzahlen"),
        Invalid("Einladung senden mit Fehlern", null, "Einladung senden", s => $"/admin/partner/{s.Ids["reportPartner"]}/zugang"),
        Invalid("Freigabe erfassen mit Fehlern", null, "Freigabe erfassen", s => $"/admin/partner/{s.Ids["reportPartner"]}/zugang"),
        Invalid("Passwort zurücksetzen mit Fehlern", null, "Passwort speichern", s => s.Ids["reset"], Account.Anonymous),
        new("Einmalpasswort", null, Account.Administrator, async (_, tab) =>
        {
            await GotoAsync(tab, "/admin/konten/neu");
            await tab.Page.GetByLabel("Name").FillAsync("Neue Kollegin");
            await tab.Page.GetByLabel("E-Mail-Adresse").FillAsync($"neu-{Guid.NewGuid():N}@komunitas.example");
            await tab.Page.Locator("input[name=Role]").First.CheckAsync();
            return await SubmitAsync(tab, "Konto anlegen");
        }),
        new("Zwei-Faktor einrichten mit Fehlern", null, Account.Editor, async (_, tab) =>
        {
            await GotoAsync(tab, "/admin/konto/zwei-faktor");
            return await SubmitAsync(tab, "Bestätigen und einschalten");
        }),
    ];

    /// <summary>Admin GET routes that answer a file rather than a page.</summary>
    public static IReadOnlyList<string> NotHtml { get; } =
    [
        "admin/downloads/{id:int}/datei",
        "admin/programme/{id:int}/abrechnung.csv",
        "admin/partner/{id:int}/bericht/{year:int}.{format}",
    ];

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    public static PageType Named(string name) => All.Single(p => p.Name == name);

    private static IEnumerable<PageType> Content(string label, string segment, string idKey) =>
    [
        Get(label + ": Liste", $"admin/{segment}", _ => $"/admin/{segment}"),
        Get(label + " neu", $"admin/{segment}/neu", _ => $"/admin/{segment}/neu"),
        Get(label + " bearbeiten", $"admin/{segment}/{{id:int}}", s => $"/admin/{segment}/{s.Ids[idKey]}"),
        Get(label + ": Vorschau", $"admin/{segment}/{{id:int}}/vorschau", s => $"/admin/{segment}/{s.Ids[idKey]}/vorschau"),
    ];

    /// <summary>A form sent empty, so it comes back with its validation errors.</summary>
    public static IEnumerable<string> WithErrors => All.Where(p => p.Name.EndsWith("mit Fehlern", StringComparison.Ordinal) || p.Name.EndsWith("falsch", StringComparison.Ordinal)).Select(p => p.Name);

    private static PageType Invalid(string name, string url, string button) => Invalid(name, url, button, null);

    /// <summary>As above, for forms whose address depends on the demo content (<paramref name="urlOf"/>).</summary>
    private static PageType Invalid(string name, string? url, string button, Func<AdminSite, string>? urlOf, Account account = Account.Administrator) =>
        new(name, null, account, async (site, tab) =>
        {
            await GotoAsync(tab, urlOf?.Invoke(site) ?? url!);
            return await SubmitAsync(tab, button);
        });

    private static PageType Get(string name, string template, Func<AdminSite, string> url) =>
        new(name, template, Account.Administrator, (site, tab) => GotoAsync(tab, url(site)), url);

    private static PageType Anonymous(string name, string template, Func<AdminSite, string> url) =>
        new(name, template, Account.Anonymous, (site, tab) => GotoAsync(tab, url(site)), url);

    internal static async Task<string> GotoAsync(BrowserTab tab, string url)
    {
        await tab.GotoOkAsync(url);
        return url;
    }

    internal static async Task<string> SubmitAsync(BrowserTab tab, string button)
    {
        await tab.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        return tab.Page.Url + " (nach dem Absenden)";
    }

    private static async Task<string> PasswordStepAsync(AdminSite site, BrowserTab tab)
    {
        await GotoAsync(tab, "/admin/anmelden");
        await tab.Page.GetByLabel("E-Mail-Adresse").FillAsync(AdminSite.AdministratorEmail);
        await tab.Page.GetByLabel("Passwort").FillAsync(StaffSession.Password);
        await SubmitAsync(tab, "Anmelden");
        Assert.Contains("/admin/anmelden/zwei-faktor", tab.Page.Url, StringComparison.Ordinal);
        return tab.Page.Url;
    }
}
