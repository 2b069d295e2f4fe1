namespace SozialProduziert.Web.Services.Feeds;

/// <summary>Bound from the section "Sitemap".</summary>
public sealed class SitemapOptions
{
    public const string Section = "Sitemap";

    /// <summary>
    /// Addresses per file (sitemaps.org allows up to 50,000); beyond it /sitemap.xml becomes an index of numbered
    /// files. 10,000 keeps a file near 1 MB: the output cache writes a cached body into the response in one piece, so
    /// 32 crawlers fetching a 4 MB sitemap at once held 128 MB; WordPress and Yoast split far smaller still.
    /// </summary>
    public int MaxUrlsPerFile { get; set; } = 10_000;
}
