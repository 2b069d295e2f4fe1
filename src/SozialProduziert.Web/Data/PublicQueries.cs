using System.Linq.Expressions;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data;

/// <summary>The single definition of "publicly visible" every public list, page, search, feed and sitemap uses.</summary>
public static class PublicQueries
{
    /// <summary>
    /// The visibility rule as an expression, for related collections:
    /// capture it in a local first, then <c>e.Partners.AsQueryable().Where(visible)</c>.
    /// </summary>
    public static Expression<Func<T, bool>> IsVisible<T>(DateTime utcNow)
        where T : PublishableContent =>
        item => item.DeletedAt == null && item.State == PublishState.Published && item.PublishAt <= utcNow;

    public static IQueryable<T> PubliclyVisible<T>(this IQueryable<T> query, DateTime utcNow)
        where T : PublishableContent =>
        query.Where(IsVisible<T>(utcNow));

    /// <summary>An offer is public only while the Sozialbetrieb that makes it is public too.</summary>
    public static IQueryable<Offer> PubliclyVisibleOffers(this IQueryable<Offer> query, DateTime utcNow) =>
        query.PubliclyVisible(utcNow)
            .Where(o => o.SocialEnterprise!.DeletedAt == null && o.SocialEnterprise.State == PublishState.Published && o.SocialEnterprise.PublishAt <= utcNow);
}
