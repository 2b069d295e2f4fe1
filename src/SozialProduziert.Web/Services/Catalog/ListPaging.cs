using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Services.Catalog;

/// <summary>
/// Pages a public list so that the database sorts only ids: the page's ids are chosen in a subquery (from the
/// visibility index, without reading the wide rows), and only those rows are projected into cards. Projecting first
/// would make SQLite build every card of every matching item, image lookup included, before sorting.
/// </summary>
public static class ListPaging
{
    /// <summary>Counts, clamps the requested page to the last one, and loads its cards: two queries whatever the page.</summary>
    public static async Task<PagedList<TCard>> ToPageOfCardsAsync<T, TCard>(
        this IQueryable<T> filtered,
        IQueryable<T> all,
        Func<IQueryable<T>, IOrderedQueryable<T>> order,
        Func<IQueryable<T>, IQueryable<TCard>> cards,
        int page,
        int pageSize,
        CancellationToken cancellationToken)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(cards);
        var total = await filtered.CountAsync(cancellationToken);
        var current = Math.Clamp(page, 1, Math.Max(1, (int)Math.Ceiling(total / (double)pageSize)));
        var ids = order(filtered).Skip((current - 1) * pageSize).Take(pageSize).Select(e => e.Id);
        var items = await cards(order(all.Where(e => ids.Contains(e.Id)))).ToListAsync(cancellationToken);
        return new PagedList<TCard>(items, current, pageSize, total);
    }
}
