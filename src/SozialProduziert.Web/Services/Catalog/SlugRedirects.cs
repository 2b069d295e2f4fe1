using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Catalog;

/// <summary>Finds where an old slug of a renamed item lives now, so controllers can answer 301.</summary>
public static class SlugRedirects
{
    public static async Task<string?> CurrentSlugAsync<T>(this AppDbContext db, string oldSlug, DateTime utcNow, CancellationToken cancellationToken)
        where T : PublishableContent
    {
        var contentType = typeof(T).Name;
        var contentId = await db.SlugRedirects.AsNoTracking()
            .Where(r => r.ContentType == contentType && r.OldSlug == oldSlug)
            .Select(r => (int?)r.ContentId)
            .FirstOrDefaultAsync(cancellationToken);
        if (contentId is null)
        {
            return null;
        }

        return await db.Set<T>().AsNoTracking()
            .PubliclyVisible(utcNow)
            .Where(item => item.Id == contentId)
            .Select(item => item.Slug)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
