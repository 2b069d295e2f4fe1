using SozialProduziert.Web.Data;

namespace SozialProduziert.BrowserTests.Infrastructure;

public static class LiveSiteExtensions
{
    /// <summary>Resolves a page type's URL against the site's own database (e.g. the slug of a published example).</summary>
    public static Task<string> UrlOfAsync(this LiveSite site, Func<AppDbContext, DateTime, Task<string>> url)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(url);
        return site.Portal.WithDbAsync(db => url(db, DateTime.UtcNow));
    }
}
