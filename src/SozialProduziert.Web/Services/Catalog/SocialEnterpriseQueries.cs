using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.SocialEnterprises;

namespace SozialProduziert.Web.Services.Catalog;

/// <summary>The filters of the Sozialbetrieb list, each narrowing the query (they combine with AND), and its projections.</summary>
public static class SocialEnterpriseQueries
{
    /// <remarks>Relation filters as "Id IN (ids from the other side)", see <see cref="ExampleQueries.Filtered"/>.</remarks>
    public static IQueryable<SocialEnterprise> Filtered(this IQueryable<SocialEnterprise> query, AppDbContext db, SocialEnterpriseFilterInput filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.DistrictValue is { } district)
        {
            query = query.Where(e => e.District!.Slug == district);
        }

        if (filter.FieldValue is { } field)
        {
            var inField = db.FieldsOfWork.Where(f => f.Slug == field).SelectMany(f => f.SocialEnterprises.Select(e => e.Id));
            query = query.Where(e => inField.Contains(e.Id));
        }

        if (filter.Segments is { } segments)
        {
            query = query.Where(e => segments.Contains(e.Segment));
        }

        if (filter.QualityMarkValue is { } mark)
        {
            var withMark = db.QualityMarks.Where(q => q.Slug == mark).SelectMany(q => q.SocialEnterprises.Select(e => e.Id));
            query = query.Where(e => withMark.Contains(e.Id));
        }

        return query.MatchingText(db, filter.TextValue);
    }

    /// <summary>By name; the id breaks ties so paging is stable.</summary>
    public static IOrderedQueryable<SocialEnterprise> ByName(this IQueryable<SocialEnterprise> query) =>
        query.OrderBy(e => e.SortName).ThenBy(e => e.Id);

    public static IQueryable<SocialEnterpriseCardViewModel> ToCards(this IQueryable<SocialEnterprise> query) => query.Select(Card);

    /// <summary>Built once: a projection written inline is a new expression tree, found by reflection, on every call.</summary>
    private static readonly Expression<Func<SocialEnterprise, SocialEnterpriseCardViewModel>> Card = e => new SocialEnterpriseCardViewModel
    {
        Slug = e.Slug,
        Name = e.Name,
        Teaser = e.Teaser,
        Segment = e.Segment,
        DistrictName = e.District!.Name,
        DistrictKind = e.District.Kind,
        FieldsOfWork = e.FieldsOfWork.OrderBy(f => f.SortOrder).ThenBy(f => f.Name).Select(f => f.Name).ToList(),
        LogoId = e.LogoId,
    };

    /// <summary>
    /// The first Sozialbetrieb of <paramref name="query"/> as its profile shows it, in two statements: its own columns,
    /// then its fields of work and quality marks as one UNION ALL. A split query took three, and on an uncached page
    /// each statement costs more than its SQL.
    /// </summary>
    public static async Task<SocialEnterpriseDetailViewModel?> FirstDetailAsync(
        this IQueryable<SocialEnterprise> query, AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var enterprise = await query.Select(Detail).FirstOrDefaultAsync(cancellationToken);
        if (enterprise is not null)
        {
            var id = enterprise.Id;
            AddProfileRows(enterprise, await ProfileRows(db.SocialEnterprises.AsNoTracking().Where(e => e.Id == id)).ToListAsync(cancellationToken));
        }

        return enterprise;
    }

    /// <summary>The public Sozialbetrieb at <paramref name="slug"/> as <see cref="FirstDetailAsync"/> reads it, from compiled queries, for its profile page.</summary>
    public static async Task<SocialEnterpriseDetailViewModel?> PublicDetailAsync(
        this AppDbContext db, string slug, DateTime now, CancellationToken cancellationToken)
    {
        var enterprise = await PublicDetailBySlug.FirstOrDefaultAsync(db, slug, now, cancellationToken);
        if (enterprise is not null)
        {
            AddProfileRows(enterprise, await PublicProfileRows.ToListAsync(db, enterprise.Id, now, cancellationToken));
        }

        return enterprise;
    }

    /// <summary>The fields of work and quality marks of the one Sozialbetrieb in <paramref name="profile"/>, as one UNION ALL.</summary>
    private static IQueryable<ProfileRow> ProfileRows(IQueryable<SocialEnterprise> profile) =>
        profile.SelectMany(e => e.FieldsOfWork)
            .Select(f => new ProfileRow { IsQualityMark = false, Slug = f.Slug, Name = f.Name, Description = null, Order = f.SortOrder })
            .Concat(profile.SelectMany(e => e.QualityMarks)
                .Select(q => new ProfileRow { IsQualityMark = true, Slug = q.Slug, Name = q.Name, Description = q.Description, Order = 0 }))
            .OrderBy(r => r.IsQualityMark).ThenBy(r => r.Order).ThenBy(r => r.Name);

    private static void AddProfileRows(SocialEnterpriseDetailViewModel enterprise, List<ProfileRow> rows)
    {
        enterprise.FieldsOfWork = rows.Where(r => !r.IsQualityMark).Select(r => new OptionViewModel(r.Slug, r.Name)).ToList();
        enterprise.QualityMarks = rows.Where(r => r.IsQualityMark).Select(r => new QualityMarkViewModel(r.Slug, r.Name, r.Description)).ToList();
    }

    /// <summary>Built once: a projection written inline is a new expression tree, found by reflection, on every call.</summary>
    private static readonly Expression<Func<SocialEnterprise, SocialEnterpriseDetailViewModel>> Detail = e => new SocialEnterpriseDetailViewModel
    {
        Id = e.Id,
        Slug = e.Slug,
        Name = e.Name,
        Teaser = e.Teaser,
        ProfileMarkdown = e.ProfileMarkdown,
        Segment = e.Segment,
        LegalForm = e.LegalForm,
        DistrictName = e.District!.Name,
        DistrictSlug = e.District.Slug,
        DistrictKind = e.District.Kind,
        Street = e.Street,
        PostalCode = e.PostalCode,
        Town = e.Town,
        ContactPerson = e.ContactPerson,
        Phone = e.Phone,
        Email = e.Email,
        Website = e.Website,
        LogoId = e.LogoId,
    };

    // After Detail: static fields are set in the order they are written.
    private static readonly CompiledQueryTemplate<string, DateTime, SocialEnterpriseDetailViewModel> PublicDetailBySlug = new(
        // Slugs are unique (a unique index), so no Take(1): without an order EF would warn of unpredictable results.
        (db, slug, now) => db.SocialEnterprises.AsNoTracking().PubliclyVisible(now).Where(e => e.Slug == slug).Select(Detail));

    private static readonly CompiledQueryTemplate<int, DateTime, ProfileRow> PublicProfileRows = new(
        (db, id, now) => ProfileRows(db.SocialEnterprises.AsNoTracking().PubliclyVisible(now).Where(e => e.Id == id)));

    /// <summary>A field of work or a quality mark of the profile; a field has no description.</summary>
    private sealed class ProfileRow
    {
        public bool IsQualityMark { get; init; }

        public string Slug { get; init; } = "";

        public string Name { get; init; } = "";

        public string? Description { get; init; }

        public int Order { get; init; }
    }
}
