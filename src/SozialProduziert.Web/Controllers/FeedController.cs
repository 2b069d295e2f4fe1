using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Feeds;

namespace SozialProduziert.Web.Controllers;

/// <summary>The Atom feed of new Praxisbeispiele; the literal "feed" segment wins over "praxisbeispiele/{slug}".</summary>
public sealed class FeedController(AppDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : Controller
{
    public const int EntryCount = 20;

    public const string Author = "SoPro – Soziale Produktion";

    [HttpGet("praxisbeispiele/feed")]
    [PublicPageCache(CacheTags.Examples)]
    public async Task<IActionResult> Examples(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Examples.AsNoTracking().PubliclyVisible(now)
            .OrderByDescending(e => e.PublishAt).ThenByDescending(e => e.Id)
            .Take(EntryCount)
            .Select(e => new { e.Id, e.Slug, e.Title, e.Teaser, e.PublishAt, e.UpdatedAt })
            .ToListAsync(cancellationToken);

        var entries = rows.Select(e => new AtomEntry(
            EntryId(e.Id), e.Title, Absolute("/praxisbeispiele/" + e.Slug), e.Teaser,
            e.PublishAt, e.UpdatedAt > e.PublishAt ? e.UpdatedAt : e.PublishAt)).ToList();
        var feed = new AtomFeed(
            Absolute("/praxisbeispiele/feed"),
            "Praxisbeispiele – sozialproduziert",
            "Neue Beispiele der Sozialen Produktion in Niederösterreich: Unternehmen und öffentliche Auftraggeber arbeiten mit Sozialbetrieben zusammen.",
            Absolute("/praxisbeispiele/feed"),
            Absolute("/praxisbeispiele"),
            Author,
            entries);

        await using (var writer = XmlOutput.CreateWriter(Response, AtomFeedWriter.ContentType))
        {
            await AtomFeedWriter.WriteAsync(writer, feed, now);
        }

        return new EmptyResult();
    }

    private string Absolute(string path) => SiteUrls.Absolute(HttpContext, site.Value, path);

    /// <summary>
    /// A tag URI on the database id rather than the URL: slugs can be renamed (old links answer 301),
    /// and a changed id would make feed readers show the same example twice.
    /// </summary>
    private string EntryId(int id) =>
        $"tag:{new Uri(SiteUrls.BaseUrl(HttpContext, site.Value)).Host},2025:praxisbeispiel-{id}";
}
