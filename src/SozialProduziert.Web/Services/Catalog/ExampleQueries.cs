using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
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

    public static IQueryable<ExampleCardViewModel> ToCards(this IQueryable<BestPracticeExample> query) => query.Select(Card);

    /// <summary>The public Praxisbeispiele of a Sozialbetrieb as cards, newest first; compiled, for its profile page.</summary>
    public static Task<List<ExampleCardViewModel>> PublicExampleCardsOfAsync(
        this AppDbContext db, int enterpriseId, DateTime now, CancellationToken cancellationToken) =>
        PublicCardsOfEnterprise.ToListAsync(db, enterpriseId, now, cancellationToken);

    private static readonly CompiledQueryTemplate<int, DateTime, ExampleCardViewModel> PublicCardsOfEnterprise = new(
        (db, enterpriseId, now) => db.SocialEnterprises.Where(s => s.Id == enterpriseId).SelectMany(s => s.Examples)
            .AsNoTracking().PubliclyVisible(now)
            .Newest().ToCards());

    /// <summary>Built once: a projection written inline is a new expression tree, found by reflection, on every call.</summary>
    private static readonly Expression<Func<BestPracticeExample, ExampleCardViewModel>> Card = e => new ExampleCardViewModel
    {
        Slug = e.Slug,
        Title = e.Title,
        Teaser = e.Teaser,
        OutputType = e.OutputType,
        YearFrom = e.YearFrom,
        YearTo = e.YearTo,
        IsOngoing = e.IsOngoing,
        ImageId = e.Images.OrderBy(i => i.SortOrder).Select(i => (int?)i.MediaImageId).FirstOrDefault(),
    };

    /// <summary>
    /// The first example of <paramref name="query"/> as its detail page shows it, in two statements: the example's own
    /// columns, then everything it links to (public partners and Sozialbetriebe, fields of work, gallery) as one
    /// UNION ALL. A split query took five statements, and on an uncached page each costs more than its SQL.
    /// </summary>
    public static async Task<ExampleDetailViewModel?> FirstDetailAsync(
        this IQueryable<BestPracticeExample> query, AppDbContext db, DateTime utcNow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var example = await query.Select(DetailColumns).FirstOrDefaultAsync(cancellationToken);
        if (example is null)
        {
            return null;
        }

        AddRelated(example, await RelatedRows(db, example.Id, utcNow).ToListAsync(cancellationToken));
        return example;
    }

    /// <summary>The public Praxisbeispiel at <paramref name="slug"/> as <see cref="FirstDetailAsync"/> reads it, from compiled queries, for its page.</summary>
    public static async Task<ExampleDetailViewModel?> PublicExampleDetailAsync(
        this AppDbContext db, string slug, DateTime now, CancellationToken cancellationToken)
    {
        var example = await PublicDetailBySlug.FirstOrDefaultAsync(db, slug, now, cancellationToken);
        if (example is not null)
        {
            AddRelated(example, await PublicRelatedRows.ToListAsync(db, example.Id, now, cancellationToken));
        }

        return example;
    }

    private static void AddRelated(ExampleDetailViewModel example, List<RelatedRow> related)
    {
        example.Partners = Links(related, Related.Partner, "/auslage/");
        example.SocialEnterprises = Links(related, Related.SocialEnterprise, "/sozialbetriebe/");
        example.FieldsOfWork = related.Where(r => r.Kind == Related.FieldOfWork).OrderBy(r => r.Order).Select(r => r.Name).ToList();
        example.GalleryImageIds = related.Where(r => r.Kind == Related.Image).OrderBy(r => r.Order).Select(r => r.ImageId).ToList();
    }

    /// <summary>Built once, like <see cref="Card"/>.</summary>
    private static readonly Expression<Func<BestPracticeExample, ExampleDetailViewModel>> DetailColumns = e => new ExampleDetailViewModel
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
    };

    private static readonly CompiledQueryTemplate<string, DateTime, ExampleDetailViewModel> PublicDetailBySlug = new(
        // Slugs are unique (a unique index), so no Take(1): without an order EF would warn of unpredictable results.
        (db, slug, now) => db.Examples.AsNoTracking().PubliclyVisible(now).Where(e => e.Slug == slug).Select(DetailColumns));

    private static readonly CompiledQueryTemplate<int, DateTime, RelatedRow> PublicRelatedRows = new(RelatedRows);

    /// <summary>Everything the example links to, as one UNION ALL; partners and Sozialbetriebe only while they are public.</summary>
    private static IQueryable<RelatedRow> RelatedRows(AppDbContext db, int exampleId, DateTime utcNow)
    {
        var example = db.Examples.AsNoTracking().Where(e => e.Id == exampleId);
        return example.SelectMany(e => e.Partners).Where(PublicQueries.IsVisible<Partner>(utcNow))
            .Select(p => new RelatedRow { Kind = Related.Partner, Name = p.Name, Slug = p.Slug, SortName = p.SortName, Order = 0, ImageId = 0 })
            .Concat(example.SelectMany(e => e.SocialEnterprises).Where(PublicQueries.IsVisible<SocialEnterprise>(utcNow))
                .Select(s => new RelatedRow { Kind = Related.SocialEnterprise, Name = s.Name, Slug = s.Slug, SortName = s.SortName, Order = 0, ImageId = 0 }))
            .Concat(example.SelectMany(e => e.FieldsOfWork)
                .Select(f => new RelatedRow { Kind = Related.FieldOfWork, Name = f.Name, Slug = f.Slug, SortName = "", Order = f.SortOrder, ImageId = 0 }))
            .Concat(example.SelectMany(e => e.Images)
                .Select(i => new RelatedRow { Kind = Related.Image, Name = "", Slug = "", SortName = "", Order = i.SortOrder, ImageId = i.MediaImageId }));
    }

    /// <summary>Partners and Sozialbetriebe by their folded name, as the lists sort them.</summary>
    private static List<LinkViewModel> Links(List<RelatedRow> related, Related kind, string path) =>
        related.Where(r => r.Kind == kind).OrderBy(r => r.SortName, StringComparer.Ordinal).Select(r => new LinkViewModel(r.Name, path + r.Slug)).ToList();

    private enum Related
    {
        Partner,
        SocialEnterprise,
        FieldOfWork,
        Image,
    }

    /// <summary>One thing an example links to; the columns a kind does not need are empty.</summary>
    private sealed class RelatedRow
    {
        public Related Kind { get; init; }

        public string Name { get; init; } = "";

        public string Slug { get; init; } = "";

        public string SortName { get; init; } = "";

        public int Order { get; init; }

        public int ImageId { get; init; }
    }
}
