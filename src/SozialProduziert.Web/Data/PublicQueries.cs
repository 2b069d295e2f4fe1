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

    /// <summary>
    /// An offer is public only while the Sozialbetrieb that makes it is public too. Written as
    /// "SocialEnterpriseId IN (the public Sozialbetriebe)": SQLite then answers both sides from their indexes, where a
    /// join read the wide row of each offer's Sozialbetrieb (30 ms instead of 3 ms for counting 20,000 offers).
    /// </summary>
    /// <remarks>
    /// The offers come from their own visibility index, which holds what the list, its filters and the sitemap need in
    /// the list's order. "SocialEnterpriseId + 0" keeps SQLite from turning the test around: given the bare column it
    /// may take every public Sozialbetrieb and look up its offers through the Sozialbetrieb's index, which reads every
    /// public offer's wide row (the offer list filtered by a field of work 65 ms instead of 1 ms, the sitemap's offers
    /// 106 instead of 23 ms; docs/performance.md, "Offer lists"). SQL Server computes the same value.
    /// </remarks>
    public static IQueryable<Offer> PubliclyVisibleOffers(this IQueryable<Offer> query, IQueryable<SocialEnterprise> enterprises, DateTime utcNow) =>
        PubliclyVisibleOffers(query, enterprises, utcNow, byEnterprise: false);

    /// <summary>
    /// The same rule, for counting: here the way round that <see cref="PubliclyVisibleOffers(IQueryable{Offer}, IQueryable{SocialEnterprise}, DateTime)"/>
    /// prevents is the fast one, since the Sozialbetrieb's index of its offers holds every column a count needs
    /// (2 instead of 8 ms for 20,000 offers).
    /// </summary>
    public static IQueryable<Offer> PubliclyVisibleOffersToCount(this IQueryable<Offer> query, IQueryable<SocialEnterprise> enterprises, DateTime utcNow) =>
        PubliclyVisibleOffers(query, enterprises, utcNow, byEnterprise: true);

    private static IQueryable<Offer> PubliclyVisibleOffers(IQueryable<Offer> query, IQueryable<SocialEnterprise> enterprises, DateTime utcNow, bool byEnterprise)
    {
        var publicEnterprises = enterprises.PubliclyVisible(utcNow).Select(s => s.Id);
        return byEnterprise
            ? query.PubliclyVisible(utcNow).Where(o => publicEnterprises.Contains(o.SocialEnterpriseId))
            : query.PubliclyVisible(utcNow).Where(o => publicEnterprises.Contains(o.SocialEnterpriseId + 0));
    }

    /// <summary>
    /// The same rule for looking up a few offers (one by its address, a Sozialbetrieb's own): each offer is joined with
    /// its public Sozialbetrieb by key. The list form above first reads every public Sozialbetrieb, about 0.4 ms on
    /// 2,000 of them, which is most of a detail page's database time.
    /// </summary>
    public static IQueryable<Offer> PubliclyVisibleOffersLookedUpOneByOne(this IQueryable<Offer> query, IQueryable<SocialEnterprise> enterprises, DateTime utcNow) =>
        query.PubliclyVisible(utcNow).Join(enterprises.PubliclyVisible(utcNow), o => o.SocialEnterpriseId, s => s.Id, (o, _) => o);
}
