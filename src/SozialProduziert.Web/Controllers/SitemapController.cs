using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Infrastructure;
using SozialProduziert.Web.Services.Feeds;

namespace SozialProduziert.Web.Controllers;

/// <summary>What search engines read: the sitemap of every public address, and robots.txt pointing at it.</summary>
public sealed class SitemapController(AppDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : Controller
{
    /// <summary>Search results are endless and thin; the two areas behind a login are not for crawlers at all.</summary>
    public static readonly IReadOnlyList<string> DisallowedPaths = ["/suche", "/admin", "/mein-bereich"];

    [HttpGet("/sitemap.xml")]
    [PublicPageCache(CacheTags.Examples, CacheTags.SocialEnterprises, CacheTags.Offers, CacheTags.Partners, CacheTags.Pages, CacheTags.Downloads)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var writer = XmlOutput.CreateWriter(Response, "application/xml"))
        {
            await SitemapWriter.WriteAsync(
                writer, SitemapEntries.ReadAsync(db, now, cancellationToken), Absolute, cancellationToken);
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

    private string Absolute(string path) => SiteUrls.Absolute(HttpContext, site.Value, path);
}
