using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Inquiries;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// One URL for every kind of public HTML page, resolved against the demo content. Each entry names the route
/// template it stands for, so a test can prove that no public route is left out. Pages for one person (partner area,
/// invitation link) are in <see cref="PersonalPageTypes"/>.
/// </summary>
public static class PublicPageTypes
{
    /// <param name="Submit">For a form sent back with errors: the button that sends it empty (the demo content stays as it is).</param>
    public sealed record PageType(string Name, string RouteTemplate, Func<AppDbContext, DateTime, Task<string>> Url, string? Submit = null);

    public static IReadOnlyList<PageType> All { get; } =
    [
        Fixed("Startseite", "", "/"),
        Fixed("Praxisbeispiele", "praxisbeispiele", "/praxisbeispiele"),
        Fixed("Praxisbeispiele gefiltert, ohne Treffer", "praxisbeispiele", "/praxisbeispiele?status=laufend&jahr=1999&q=nichts-passt"),
        new("Praxisbeispiel", "praxisbeispiele/{slug}", async (db, now) =>
            "/praxisbeispiele/" + await db.Examples.PubliclyVisible(now).OrderByDescending(e => e.Images.Count + e.SocialEnterprises.Count).Select(e => e.Slug).FirstAsync()),
        Fixed("Sozialbetriebe", "sozialbetriebe", "/sozialbetriebe"),
        Fixed("Sozialbetriebe, Seite 2", "sozialbetriebe", "/sozialbetriebe?seite=2"),
        new("Sozialbetrieb", "sozialbetriebe/{slug}", async (db, now) =>
            "/sozialbetriebe/" + await db.SocialEnterprises.PubliclyVisible(now).OrderByDescending(e => e.Offers.Count).Select(e => e.Slug).FirstAsync()),
        Fixed("Angebote", "angebote", "/angebote"),
        new("Angebot", "angebote/{slug}", async (db, now) =>
            "/angebote/" + await db.Offers.PubliclyVisibleOffers(db.SocialEnterprises, now).OrderBy(o => o.Id).Select(o => o.Slug).FirstAsync()),
        Fixed("Virtuelle Auslage", "auslage", "/auslage"),
        new("Partner", "auslage/{slug}", async (db, now) =>
            "/auslage/" + await db.Partners.PubliclyVisible(now).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync()),
        Fixed("Über SoPro", "ueber-sopro", "/ueber-sopro"),
        Fixed("Mitmachen", "mitmachen", "/mitmachen"),
        new("Mitmachen: eigene Anmeldung", "mitmachen/anmeldung/{token}", async (db, _) =>
            "/mitmachen/anmeldung/" + await db.InterestRegistrations.OrderBy(r => r.Id).Select(r => r.AccessToken).FirstAsync()),
        Fixed("Mitmachen: bereits angemeldet", "mitmachen/bereits-angemeldet", "/mitmachen/bereits-angemeldet"),
        Fixed("Mitmachen: danke", "mitmachen/danke", "/mitmachen/danke"),
        new("Anfrage mit Fehlern", "anfrage", async (db, now) => "/anfrage?sozialbetrieb=" + await FirstEnterpriseAsync(db, now), "Anfrage senden"),
        new("Bedarf melden mit Fehlern", "bedarf", (_, _) => Task.FromResult("/bedarf"), "Bedarf melden"),
        new("Auslage zum Einbetten", "auslage/{slug}/embed", async (db, now) =>
            "/auslage/" + await db.Partners.PubliclyVisible(now).OrderByDescending(p => p.Examples.Count).ThenBy(p => p.Id).Select(p => p.Slug).FirstAsync() + "/embed"),
        Fixed("Einladung ungültig", "mein-bereich/einladung/{token}", "/mein-bereich/einladung/gibt-es-nicht"),
        Fixed("Impressum", "impressum", "/impressum"),
        Fixed("Datenschutz", "datenschutz", "/datenschutz"),
        Fixed("Barrierefreiheit", "barrierefreiheit", "/barrierefreiheit"),
        Fixed("Downloads", "downloads", "/downloads"),
        Fixed("Suche, leer", "suche", "/suche"),
        Fixed("Suche mit Treffern", "suche", "/suche?q=holz"),
        Fixed("Suche ohne Treffer", "suche", "/suche?q=xylophonbau"),
        Fixed("Bedarf melden", "bedarf", "/bedarf"),
        Fixed("Bedarf gemeldet", "bedarf/danke", "/bedarf/danke"),
        new("Anfrage an einen Sozialbetrieb", "anfrage", async (db, now) =>
            "/anfrage?sozialbetrieb=" + await db.SocialEnterprises.PubliclyVisible(now).OrderBy(e => e.Id).Select(e => e.Slug).FirstAsync()),
        new("Anfrage zu einem Angebot", "anfrage", async (db, now) =>
            "/anfrage?angebot=" + await db.Offers.PubliclyVisibleOffers(db.SocialEnterprises, now).OrderBy(o => o.Id).Select(o => o.Slug).FirstAsync()),
        Fixed("Anfrage gesendet", "anfrage/danke", "/anfrage/danke"),
        new("Rückmeldung nach Abschluss", "rueckmeldung", FollowUpLinkAsync),
        new("Rückmeldung mit Fehlern", "rueckmeldung", FollowUpLinkAsync, "Rückmeldung senden"),
        Fixed("Rückmeldung, Link verbraucht", "rueckmeldung", "/rueckmeldung?code=schon-verwendet"),
        Fixed("Rückmeldung gesendet", "rueckmeldung/danke", "/rueckmeldung/danke"),
        Fixed("Fehlerseite 404", "fehler/{code:int}", "/gibt-es-nicht"),
        Fixed("Anmeldung Redaktion", "admin/anmelden", "/admin/anmelden"),
    ];

    /// <summary>Public GET routes that answer no HTML page of their own: files, feeds, health.</summary>
    public static IReadOnlyList<string> NotHtml { get; } =
    [
        "media/{hash:length(64)}.{extension:regex(^(webp|jpg)$)}",
        "downloads/{slug}",
        "praxisbeispiele/feed",
        "sitemap.xml",
        "sitemap-{number:int:min(1)}.xml",
        "auslage/{slug}/qr.{format:regex(^(svg|png)$)}",
        "praxisbeispiele/{slug}/qr.{format:regex(^(svg|png)$)}",
        "robots.txt",
        "health/live",
    ];

    /// <summary>
    /// Every public detail page of the content in <paramref name="db"/>: the demo content is real-looking text with
    /// headings and lists, whose markup a single sample per type could miss.
    /// </summary>
    public static async Task<IReadOnlyList<(string Name, string Url)>> EveryDetailPageAsync(AppDbContext db, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pages = new List<(string, string)>();
        pages.AddRange((await db.Examples.PubliclyVisible(now).Select(e => e.Slug).ToListAsync()).Select(s => ("Praxisbeispiel " + s, "/praxisbeispiele/" + s)));
        pages.AddRange((await db.SocialEnterprises.PubliclyVisible(now).Select(e => e.Slug).ToListAsync()).Select(s => ("Sozialbetrieb " + s, "/sozialbetriebe/" + s)));
        pages.AddRange((await db.Offers.PubliclyVisibleOffers(db.SocialEnterprises, now).Select(e => e.Slug).ToListAsync()).Select(s => ("Angebot " + s, "/angebote/" + s)));
        pages.AddRange((await db.Partners.PubliclyVisible(now).Select(e => e.Slug).ToListAsync()).Select(s => ("Partner " + s, "/auslage/" + s)));
        return pages;
    }

    public static TheoryData<string> Names => [.. All.Select(p => p.Name)];

    public static PageType Named(string name) => All.Single(p => p.Name == name);

    public static IEnumerable<string> WithErrors => All.Where(p => p.Submit is not null).Select(p => p.Name);

    private static Task<string> FirstEnterpriseAsync(AppDbContext db, DateTime now) =>
        db.SocialEnterprises.PubliclyVisible(now).OrderBy(e => e.Id).Select(e => e.Slug).FirstAsync();

    private static PageType Fixed(string name, string template, string url) => new(name, template, (_, _) => Task.FromResult(url));

    /// <summary>A closed need with a fresh follow-up key (each call its own: the key is single-use), as its link.</summary>
    private static Task<string> FollowUpLinkAsync(AppDbContext db, DateTime now)
    {
        var (token, hash) = FollowUpTokens.Create();
        db.Inquiries.Add(new Inquiry
        {
            Kind = InquiryKind.Need,
            NeedKind = OutputType.ResidualMaterialRecycling,
            Description = "Stoffreste aus der Polsterei",
            ContactPerson = "Eva Muster",
            Email = "eva.muster@beispiel.at",
            ReceivedAt = now,
            ConsentedAt = now,
            Status = InquiryStatus.Closed,
            StatusChangedAt = now,
            FollowUpTokenHash = hash,
            FollowUpSentAt = now,
        });
        return Task.FromResult("/rueckmeldung?code=" + token);
    }
}
