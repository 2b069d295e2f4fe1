namespace SozialProduziert.Web.Infrastructure;

/// <summary>Absolute URLs for canonical links, sitemap, feed and sharing.</summary>
public static class SiteUrls
{
    public static string BaseUrl(HttpContext context, SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(site);
        return string.IsNullOrWhiteSpace(site.PublicBaseUrl)
            ? $"{context.Request.Scheme}://{context.Request.Host}"
            : site.PublicBaseUrl.TrimEnd('/');
    }

    public static string Absolute(HttpContext context, SiteOptions site, string pathOrUrl)
    {
        ArgumentNullException.ThrowIfNull(pathOrUrl);
        return pathOrUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pathOrUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? pathOrUrl
            : BaseUrl(context, site) + (pathOrUrl.StartsWith('/') ? pathOrUrl : "/" + pathOrUrl);
    }
}
