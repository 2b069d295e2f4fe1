using Microsoft.EntityFrameworkCore;

namespace SozialProduziert.Web.ViewModels.Common;

public static class PagingExtensions
{
    /// <summary>Counts, clamps the requested page to the last one, and loads that page: two queries whatever the page.</summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var current = Math.Clamp(page, 1, pageCount);
        var items = await ordered.Skip((current - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, current, pageSize, total);
    }
}
