using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Feeds;

namespace SozialProduziert.Web.Controllers;

/// <summary>What search engines read: the sitemap of every public address, and robots.txt pointing at it.</summary>
public sealed class SitemapController(AppDbContext db, TimeProvider clock, IOptions<SiteOptions> site, IOptions<SitemapOptions> sitemap) : Controller
{
    private const string XmlType = "application/xml";
    /// <summary>Search results are endless and thin; the two areas behind a login are not for crawlers at all.</summary>
    public static readonly IReadOnlyList<string> DisallowedPaths = ["/suche", "/admin", "/mein-bereich"];

    /// <summary>Every public address; past the per-file limit, an index of numbered sitemap files instead.</summary>
    [HttpGet("/sitemap.xml")]
    [EnableRateLimiting(RateLimits.Sitemap)]
    [PublicPageCache(CacheTags.Examples, CacheTags.SocialEnterprises, CacheTags.Offers, CacheTags.Partners, CacheTags.Pages, CacheTags.Downloads)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = await SitemapEntries.CountAsync(db, now, cancellationToken);
        var files = FileCount(counts.Total);
        await using (var writer = XmlOutput.CreateWriter(Response, XmlType))
        {
            if (files == 1)
            {
                await SitemapWriter.WriteAsync(
                    writer, SitemapEntries.ReadAsync(db, now, counts, 0, counts.Total, cancellationToken), BaseUrl, cancellationToken);
            }
            else
            {
                await SitemapWriter.WriteIndexAsync(writer, Enumerable.Range(1, files).Select(number => Absolute($"/sitemap-{number}.xml")));
            }
        }

        return new EmptyResult();
    }

    /// <summary>One file of a split sitemap; 404 while the sitemap fits into one file.</summary>
    [HttpGet("/sitemap-{number:int:min(1)}.xml")]
    [EnableRateLimiting(RateLimits.Sitemap)]
    [PublicPageCache(CacheTags.Examples, CacheTags.SocialEnterprises, CacheTags.Offers, CacheTags.Partners, CacheTags.Pages, CacheTags.Downloads)]
    public async Task<IActionResult> SitemapFile(int number, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = await SitemapEntries.CountAsync(db, now, cancellationToken);
        var files = FileCount(counts.Total);
        if (files == 1 || number > files)
        {
            return NotFound();
        }

        var size = sitemap.Value.MaxUrlsPerFile;
        await using (var writer = XmlOutput.CreateWriter(Response, XmlType))
        {
            await SitemapWriter.WriteAsync(
                writer, SitemapEntries.ReadAsync(db, now, counts, (number - 1) * size, size, cancellationToken), BaseUrl, cancellationToken);
        }

        return new EmptyResult();
    }

    [HttpGet("/robots.txt")]
    public ContentResult Robots()
    {
        var lines = new List<string> { "User-agent: *", "Allow: /" };
        lines.AddRange(DisallowedPaths.Select(path => "Disallow: " + path));
        lines.Add("");
        lines.Add("Sitemap: " + Absolute("/sitemap.xml"));
        return Content(string.Join('\n', lines) + "\n", "text/plain; charset=utf-8");
    }

    private int FileCount(int urls) => Math.Max(1, (int)Math.Ceiling(urls / (double)Math.Max(1, sitemap.Value.MaxUrlsPerFile)));

    private string Absolute(string path) => SiteUrls.Absolute(HttpContext, site.Value, path);

    private string BaseUrl => SiteUrls.BaseUrl(HttpContext, site.Value);
}
