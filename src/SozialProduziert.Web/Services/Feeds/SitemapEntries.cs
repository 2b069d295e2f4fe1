using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Feeds;

/// <summary>One URL of the sitemap: a site path and when its content last changed, if known.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified);

/// <summary>Every public address of the portal, read item by item so the sitemap streams instead of buffering.</summary>
public static class SitemapEntries
{
    /// <summary>The fixed pages: home and the lists. Their content is the sum of items, so no lastmod.</summary>
    public static readonly IReadOnlyList<string> FixedPaths = ["/", "/praxisbeispiele", "/sozialbetriebe", "/angebote", "/auslage"];

    public const string DownloadsPath = "/downloads";

    public static async IAsyncEnumerable<SitemapEntry> ReadAsync(
        AppDbContext db, DateTime utcNow, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var path in FixedPaths)
        {
            yield return new SitemapEntry(path, null);
        }

        // Only the editorial pages that have a route of their own; any other page row is not addressable.
        var pageSlugs = PageSlugs.All.ToList();
        var pages = db.Pages.AsNoTracking().PubliclyVisible(utcNow).Where(p => pageSlugs.Contains(p.Slug))
            .OrderBy(p => p.Slug).Select(p => new SitemapEntry("/" + p.Slug, p.UpdatedAt));
        await foreach (var entry in pages.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }

        yield return new SitemapEntry(DownloadsPath, null);

        var items = new[]
        {
            db.Examples.AsNoTracking().PubliclyVisible(utcNow).OrderBy(e => e.Slug).Select(e => new SitemapEntry("/praxisbeispiele/" + e.Slug, e.UpdatedAt)),
            db.SocialEnterprises.AsNoTracking().PubliclyVisible(utcNow).OrderBy(s => s.Slug).Select(s => new SitemapEntry("/sozialbetriebe/" + s.Slug, s.UpdatedAt)),
            db.Offers.AsNoTracking().PubliclyVisibleOffers(utcNow).OrderBy(o => o.Slug).Select(o => new SitemapEntry("/angebote/" + o.Slug, o.UpdatedAt)),
            db.Partners.AsNoTracking().PubliclyVisible(utcNow).OrderBy(p => p.Slug).Select(p => new SitemapEntry("/auslage/" + p.Slug, p.UpdatedAt)),
        };
        foreach (var query in items)
        {
            await foreach (var entry in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                yield return entry;
            }
        }
    }
}
