using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data;

/// <summary>The single definition of "publicly visible" every public list, page, search, feed and sitemap uses.</summary>
public static class PublicQueries
{
    public static IQueryable<T> PubliclyVisible<T>(this IQueryable<T> query, DateTime utcNow)
        where T : PublishableContent =>
        query.Where(item => item.State == PublishState.Published && item.PublishAt <= utcNow);
}
