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

    /// <summary>How many addresses <see cref="ReadAsync"/> yields, to decide whether the sitemap needs an index.</summary>
    public static async Task<int> CountAsync(AppDbContext db, DateTime utcNow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var count = FixedPaths.Count + 1;
        count += await Pages(db, utcNow).CountAsync(cancellationToken);
        foreach (var query in Items(db, utcNow))
        {
            count += await query.CountAsync(cancellationToken);
        }

        return count;
    }

    /// <summary>The addresses from number <paramref name="skip"/> on (0-based), at most <paramref name="take"/>, always in the same order.</summary>
    public static async IAsyncEnumerable<SitemapEntry> ReadAsync(
        AppDbContext db, DateTime utcNow, int skip, int take, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var position = 0;
        await foreach (var entry in ReadAllAsync(db, utcNow, cancellationToken))
        {
            if (position >= skip + take)
            {
                yield break;
            }

            if (position++ >= skip)
            {
                yield return entry;
            }
        }
    }

    public static IAsyncEnumerable<SitemapEntry> ReadAsync(AppDbContext db, DateTime utcNow, CancellationToken cancellationToken) =>
        ReadAllAsync(db, utcNow, cancellationToken);

    private static async IAsyncEnumerable<SitemapEntry> ReadAllAsync(
        AppDbContext db, DateTime utcNow, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var path in FixedPaths)
        {
            yield return new SitemapEntry(path, null);
        }

        await foreach (var entry in Pages(db, utcNow).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }

        yield return new SitemapEntry(DownloadsPath, null);

        foreach (var query in Items(db, utcNow))
        {
            await foreach (var entry in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                yield return entry;
            }
        }
    }

    /// <summary>Only the editorial pages that have a route of their own; any other page row is not addressable.</summary>
    private static IQueryable<SitemapEntry> Pages(AppDbContext db, DateTime utcNow)
    {
        var pageSlugs = PageSlugs.All.ToList();
        return db.Pages.AsNoTracking().PubliclyVisible(utcNow).Where(p => pageSlugs.Contains(p.Slug))
            .OrderBy(p => p.Slug).Select(p => new SitemapEntry("/" + p.Slug, p.UpdatedAt));
    }

    private static IQueryable<SitemapEntry>[] Items(AppDbContext db, DateTime utcNow) =>
    [
        db.Examples.AsNoTracking().PubliclyVisible(utcNow).OrderBy(e => e.Slug).Select(e => new SitemapEntry("/praxisbeispiele/" + e.Slug, e.UpdatedAt)),
        db.SocialEnterprises.AsNoTracking().PubliclyVisible(utcNow).OrderBy(s => s.Slug).Select(s => new SitemapEntry("/sozialbetriebe/" + s.Slug, s.UpdatedAt)),
        db.Offers.AsNoTracking().PubliclyVisibleOffers(db.SocialEnterprises, utcNow).OrderBy(o => o.Slug).Select(o => new SitemapEntry("/angebote/" + o.Slug, o.UpdatedAt)),
        db.Partners.AsNoTracking().PubliclyVisible(utcNow).OrderBy(p => p.Slug).Select(p => new SitemapEntry("/auslage/" + p.Slug, p.UpdatedAt)),
    ];
}
