namespace SozialProduziert.Web.Services.Feeds;

/// <summary>Bound from the section "Sitemap".</summary>
public sealed class SitemapOptions
{
    public const string Section = "Sitemap";

    /// <summary>The sitemaps.org limit per file; beyond it /sitemap.xml becomes an index of numbered files.</summary>
    public int MaxUrlsPerFile { get; set; } = 50_000;
}
