using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Offers;

namespace SozialProduziert.Web.Services.Catalog;

/// <summary>The filters of the offer list, each narrowing the query (they combine with AND), and its projections.</summary>
public static class OfferQueries
{
    public static IQueryable<Offer> Filtered(this IQueryable<Offer> query, AppDbContext db, OfferFilterInput filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.KindValue is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        if (filter.FieldValue is { } field)
        {
            query = query.Where(o => o.FieldOfWork!.Slug == field);
        }

        if (filter.DistrictValue is { } district)
        {
            query = query.Where(o => o.SocialEnterprise!.District!.Slug == district);
        }

        return query.MatchingText(db, filter.TextValue);
    }

    /// <summary>By title; the id breaks ties so paging is stable.</summary>
    public static IOrderedQueryable<Offer> ByTitle(this IQueryable<Offer> query) =>
        query.OrderBy(o => o.SortName).ThenBy(o => o.Id);

    public static IQueryable<OfferCardViewModel> ToCards(this IQueryable<Offer> query) => query.Select(Card);

    /// <summary>A Sozialbetrieb's public offers as cards, by title; compiled, for its profile page.</summary>
    public static Task<List<OfferCardViewModel>> PublicOfferCardsOfAsync(
        this AppDbContext db, int enterpriseId, DateTime now, CancellationToken cancellationToken) =>
        PublicCardsOfEnterprise.ToListAsync(db, enterpriseId, now, cancellationToken);

    private static readonly CompiledQueryTemplate<int, DateTime, OfferCardViewModel> PublicCardsOfEnterprise = new(
        (db, enterpriseId, now) => db.Offers.AsNoTracking().PubliclyVisibleOffersLookedUpOneByOne(db.SocialEnterprises, now)
            .Where(o => o.SocialEnterpriseId == enterpriseId)
            .ByTitle().ToCards());

    /// <summary>Built once: a projection written inline is a new expression tree, found by reflection, on every call.</summary>
    private static readonly Expression<Func<Offer, OfferCardViewModel>> Card = o => new OfferCardViewModel
    {
        Slug = o.Slug,
        Title = o.Title,
        Kind = o.Kind,
        FieldOfWork = o.FieldOfWork!.Name,
        EnterpriseName = o.SocialEnterprise!.Name,
        EnterpriseSlug = o.SocialEnterprise.Slug,
        DistrictName = o.SocialEnterprise.District!.Name,
        DistrictKind = o.SocialEnterprise.District.Kind,
        IndicativePrice = o.IndicativePrice,
        ImageId = o.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaImageId).FirstOrDefault(),
    };

    public static IQueryable<OfferDetailViewModel> ToDetail(this IQueryable<Offer> query) => query.Select(Detail);

    /// <summary>Built once: a projection written inline is a new expression tree, found by reflection, on every call.</summary>
    private static readonly Expression<Func<Offer, OfferDetailViewModel>> Detail = o => new OfferDetailViewModel
    {
        Id = o.Id,
        Slug = o.Slug,
        Title = o.Title,
        Kind = o.Kind,
        DescriptionMarkdown = o.DescriptionMarkdown,
        FieldOfWork = o.FieldOfWork!.Name,
        FieldOfWorkSlug = o.FieldOfWork.Slug,
        IndicativePrice = o.IndicativePrice,
        LeadTime = o.LeadTime,
        MinimumQuantity = o.MinimumQuantity,
        EnterpriseName = o.SocialEnterprise!.Name,
        EnterpriseSlug = o.SocialEnterprise.Slug,
        EnterpriseTeaser = o.SocialEnterprise.Teaser,
        EnterpriseSegment = o.SocialEnterprise.Segment,
        DistrictName = o.SocialEnterprise.District!.Name,
        DistrictKind = o.SocialEnterprise.District.Kind,
        EnterpriseEmail = o.SocialEnterprise.Email,
        EnterprisePhone = o.SocialEnterprise.Phone,
        GalleryImageIds = o.Images.OrderBy(i => i.SortOrder).Select(i => i.MediaImageId).ToList(),
    };
}
