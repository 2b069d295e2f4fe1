using SozialProduziert.Web.Areas.Admin.ViewModels.Offers;
using SozialProduziert.Web.Areas.Admin.ViewModels.SocialEnterprises;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Admin;

/// <summary>The filters the Sozialbetrieb and offer lists add to the shared search, state and paging.</summary>
public static class DirectoryAdminQueries
{
    public static IQueryable<SocialEnterprise> FilteredBy(this IQueryable<SocialEnterprise> query, SocialEnterpriseListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.DistrictValue is { } district)
        {
            query = query.Where(e => e.District!.Slug == district);
        }

        if (filter.Segments is { } segments)
        {
            query = query.Where(e => segments.Contains(e.Segment));
        }

        return query;
    }

    public static IQueryable<Offer> FilteredBy(this IQueryable<Offer> query, OfferListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.EnterpriseValue is { } enterpriseId)
        {
            query = query.Where(o => o.SocialEnterpriseId == enterpriseId);
        }

        if (filter.KindValue is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }

        return query;
    }
}
