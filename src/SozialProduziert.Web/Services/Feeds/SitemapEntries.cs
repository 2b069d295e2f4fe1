using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Feeds;

/// <summary>One URL of the sitemap: a site path and when its content last changed, if known.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified);

/// <summary>How many addresses each part of the sitemap holds, in the sitemap's order.</summary>
public sealed class SitemapCounts(IReadOnlyList<int> sections)
{
    public int Total { get; } = sections.Sum();

    internal IReadOnlyList<int> Sections => sections;
}

/// <summary>
/// Every public address of the portal, in a fixed order: the fixed pages, the editorial pages, downloads, then the
/// examples, Sozialbetriebe, offers and partners by slug. Read row by row so the sitemap streams instead of buffering.
/// </summary>
public static class SitemapEntries
{
    /// <summary>The fixed pages: home and the lists. Their content is the sum of items, so no lastmod.</summary>
    public static readonly IReadOnlyList<string> FixedPaths = ["/", "/praxisbeispiele", "/sozialbetriebe", "/angebote", "/auslage"];

    public const string DownloadsPath = "/downloads";

    private static readonly IReadOnlyList<SitemapEntry> FixedEntries = [.. FixedPaths.Select(path => new SitemapEntry(path, null))];
    private static readonly IReadOnlyList<SitemapEntry> DownloadsEntry = [new SitemapEntry(DownloadsPath, null)];

    /// <summary>Counts every part once; the counts decide whether the sitemap needs an index and where a numbered file starts.</summary>
    public static async Task<SitemapCounts> CountAsync(AppDbContext db, DateTime utcNow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sizes = new List<int>();
        foreach (var section in Sections(db, utcNow))
        {
            sizes.Add(section.Known?.Count ?? await section.Query!.CountAsync(cancellationToken));
        }

        return new SitemapCounts(sizes);
    }

    /// <summary>
    /// The addresses from number <paramref name="skip"/> on (0-based), at most <paramref name="take"/>. Parts that lie
    /// wholly before the file are not read at all, and the part a file starts in is read from its offset in SQL, so a
    /// file no longer reads the addresses of every file before it (SQLite still steps over the offset's rows).
    /// </summary>
    public static async IAsyncEnumerable<SitemapEntry> ReadAsync(
        AppDbContext db, DateTime utcNow, SitemapCounts counts, int skip, int take, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(counts);
        var sections = Sections(db, utcNow);
        for (var i = 0; i < sections.Count && take > 0; i++)
        {
            var size = counts.Sections[i];
            if (skip >= size)
            {
                skip -= size;
                continue;
            }

            // At most what was counted, so that the file keeps its place in the order when an item was published since.
            var slice = Math.Min(take, size - skip);
            var entries = sections[i].Known is { } known
                ? known.Skip(skip).Take(slice).ToAsyncEnumerable()
                : sections[i].Query!.Skip(skip).Take(slice).AsAsyncEnumerable();
            await foreach (var entry in entries.WithCancellation(cancellationToken))
            {
                yield return entry;
            }

            // Positions follow the counts: an item withdrawn since leaves its file one shorter instead of shifting the next.
            take -= slice;
            skip = 0;
        }
    }

    /// <summary>A part of the sitemap: addresses known in advance, or a query ordered by a unique slug.</summary>
    private sealed record Section(IReadOnlyList<SitemapEntry>? Known, IQueryable<SitemapEntry>? Query);

    private static List<Section> Sections(AppDbContext db, DateTime utcNow) =>
    [
        new(FixedEntries, null),
        new(null, Pages(db, utcNow)),
        new(DownloadsEntry, null),
        new(null, db.Examples.AsNoTracking().PubliclyVisible(utcNow).OrderBy(e => e.Slug).Select(e => new SitemapEntry("/praxisbeispiele/" + e.Slug, e.UpdatedAt))),
        new(null, db.SocialEnterprises.AsNoTracking().PubliclyVisible(utcNow).OrderBy(s => s.Slug).Select(s => new SitemapEntry("/sozialbetriebe/" + s.Slug, s.UpdatedAt))),
        new(null, db.Offers.AsNoTracking().PubliclyVisibleOffers(db.SocialEnterprises, utcNow).OrderBy(o => o.Slug).Select(o => new SitemapEntry("/angebote/" + o.Slug, o.UpdatedAt))),
        new(null, db.Partners.AsNoTracking().PubliclyVisible(utcNow).OrderBy(p => p.Slug).Select(p => new SitemapEntry("/auslage/" + p.Slug, p.UpdatedAt))),
    ];

    /// <summary>Only the editorial pages that have a route of their own; any other page row is not addressable.</summary>
    private static IQueryable<SitemapEntry> Pages(AppDbContext db, DateTime utcNow)
    {
        var pageSlugs = PageSlugs.All.ToList();
        return db.Pages.AsNoTracking().PubliclyVisible(utcNow).Where(p => pageSlugs.Contains(p.Slug))
            .OrderBy(p => p.Slug).Select(p => new SitemapEntry("/" + p.Slug, p.UpdatedAt));
    }
}
