using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Examples;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Services.Catalog;

/// <summary>The filters of the example list, each narrowing the query; they combine with AND.</summary>
public static class ExampleQueries
{
    /// <remarks>
    /// Filters on relations are written as "Id IN (ids found from the other side)": SQLite computes that small set once,
    /// where a correlated EXISTS made it search all partners for each of 10,000 examples.
    /// </remarks>
    public static IQueryable<BestPracticeExample> Filtered(this IQueryable<BestPracticeExample> query, AppDbContext db, ExampleFilterInput filter, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.OutputType is { } output)
        {
            query = query.Where(e => e.OutputType == output);
        }

        if (filter.Field is { Length: > 0 } field)
        {
            var inField = db.FieldsOfWork.Where(f => f.Slug == field).SelectMany(f => f.Examples.Select(e => e.Id));
            query = query.Where(e => inField.Contains(e.Id));
        }

        if (filter.District is { Length: > 0 } district)
        {
            // An example belongs to every district where one of its public partners or Sozialbetriebe is based.
            var ofPartners = db.Partners.PubliclyVisible(utcNow).Where(p => p.District!.Slug == district).SelectMany(p => p.Examples.Select(e => e.Id));
            var ofEnterprises = db.SocialEnterprises.PubliclyVisible(utcNow).Where(s => s.District!.Slug == district).SelectMany(s => s.Examples.Select(e => e.Id));
            query = query.Where(e => ofPartners.Contains(e.Id) || ofEnterprises.Contains(e.Id));
        }

        if (filter.YearValue is { } year)
        {
            query = query.Where(e => e.YearFrom <= year && (e.IsOngoing || (e.YearTo ?? e.YearFrom) >= year));
        }

        if (filter.Ongoing is { } ongoing)
        {
            query = query.Where(e => e.IsOngoing == ongoing);
        }

        return query.MatchingText(db, filter.TextValue);
    }

    /// <summary>Newest first: ongoing collaborations, then by the year they ran, then by publish date.</summary>
    public static IOrderedQueryable<BestPracticeExample> Newest(this IQueryable<BestPracticeExample> query) =>
        query.OrderByDescending(e => e.IsOngoing)
            .ThenByDescending(e => e.YearTo ?? e.YearFrom)
            .ThenByDescending(e => e.PublishAt)
            .ThenBy(e => e.Id);

    public static IQueryable<ExampleCardViewModel> ToCards(this IQueryable<BestPracticeExample> query) =>
        query.Select(e => new ExampleCardViewModel
        {
            Slug = e.Slug,
            Title = e.Title,
            Teaser = e.Teaser,
            OutputType = e.OutputType,
            YearFrom = e.YearFrom,
            YearTo = e.YearTo,
            IsOngoing = e.IsOngoing,
            ImageId = e.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaImageId).FirstOrDefault(),
        });

    public static IQueryable<ExampleDetailViewModel> ToDetail(this IQueryable<BestPracticeExample> query, DateTime utcNow)
    {
        var visiblePartner = PublicQueries.IsVisible<Partner>(utcNow);
        var visibleEnterprise = PublicQueries.IsVisible<SocialEnterprise>(utcNow);
        return query.Select(e => new ExampleDetailViewModel
        {
            Id = e.Id,
            Slug = e.Slug,
            Title = e.Title,
            Teaser = e.Teaser,
            BodyMarkdown = e.BodyMarkdown,
            OutputType = e.OutputType,
            YearFrom = e.YearFrom,
            YearTo = e.YearTo,
            IsOngoing = e.IsOngoing,
            MaterialReusedKg = e.MaterialReusedKg,
            ProgrammeWorkHours = e.ProgrammeWorkHours,
            PeopleEmployed = e.PeopleEmployed,
            QuoteText = e.QuoteText,
            QuoteAuthor = e.QuoteAuthor,
            Partners = e.Partners.AsQueryable()
                .Where(visiblePartner)
                .OrderBy(p => p.SortName)
                .Select(p => new LinkViewModel(p.Name, "/auslage/" + p.Slug))
                .ToList(),
            SocialEnterprises = e.SocialEnterprises.AsQueryable()
                .Where(visibleEnterprise)
                .OrderBy(s => s.SortName)
                .Select(s => new LinkViewModel(s.Name, "/sozialbetriebe/" + s.Slug))
                .ToList(),
            FieldsOfWork = e.FieldsOfWork.OrderBy(f => f.SortOrder).Select(f => f.Name).ToList(),
            GalleryImageIds = e.Images.OrderBy(i => i.SortOrder).Select(i => i.MediaImageId).ToList(),
        });
    }
}
