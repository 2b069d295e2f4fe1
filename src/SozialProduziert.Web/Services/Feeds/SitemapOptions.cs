namespace SozialProduziert.Web.Services.Feeds;

/// <summary>Bound from the section "Sitemap".</summary>
public sealed class SitemapOptions
{
    public const string Section = "Sitemap";

    /// <summary>
    /// Addresses per file (sitemaps.org allows up to 50,000); beyond it /sitemap.xml becomes an index of numbered
    /// files. 2,000 keeps a file near 280 KB, as WordPress does (Yoast: 1,000). The output cache writes a cached body
    /// into the response in one piece, so every crawler fetching a file at once holds a copy of it: with 10,000
    /// addresses (1.4 MB) 32 crawlers raised the process's peak memory by 50–65 MB, with 2,000 by 27 MB
    /// (docs/performance.md).
    /// </summary>
    public int MaxUrlsPerFile { get; set; } = 2_000;
}
