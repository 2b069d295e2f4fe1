using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data;

/// <summary>The single definition of "publicly visible" every public list, page, search, feed and sitemap uses.</summary>
public static class PublicQueries
{
    public static IQueryable<T> PubliclyVisible<T>(this IQueryable<T> query, DateTime utcNow)
        where T : PublishableContent =>
        query.Where(item => item.State == PublishState.Published && item.PublishAt <= utcNow);

    /// <summary>An offer is public only while the Sozialbetrieb that makes it is public too.</summary>
    public static IQueryable<Offer> PubliclyVisibleOffers(this IQueryable<Offer> query, DateTime utcNow) =>
        query.PubliclyVisible(utcNow)
            .Where(o => o.SocialEnterprise!.State == PublishState.Published && o.SocialEnterprise.PublishAt <= utcNow);
}
