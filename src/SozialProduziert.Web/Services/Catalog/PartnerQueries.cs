using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Examples;
using SozialProduziert.Web.ViewModels.Partners;

namespace SozialProduziert.Web.Services.Catalog;

/// <summary>Filters and projections of the showcase pages ("virtuelle Auslage") of partners.</summary>
public static class PartnerQueries
{
    public static IQueryable<Partner> Filtered(this IQueryable<Partner> query, PartnerFilterInput filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.KindValue is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (filter.DistrictValue is { } district)
        {
            query = query.Where(p => p.District!.Slug == district);
        }

        return query;
    }

    /// <summary>
    /// Alphabetical by <see cref="PublishableContent.SortName"/>, so "Österreichische Post" comes before "Zwettl" on
    /// SQLite too; the id breaks ties so paging is stable.
    /// </summary>
    public static IOrderedQueryable<Partner> ByName(this IQueryable<Partner> query) =>
        query.OrderBy(p => p.SortName).ThenBy(p => p.Id);

    public static IQueryable<PartnerCardViewModel> ToCards(this IQueryable<Partner> query) => query.Select(Card);

    /// <summary>Built once: a projection written inline is a new expression tree, found by reflection, on every call.</summary>
    private static readonly Expression<Func<Partner, PartnerCardViewModel>> Card = p => new PartnerCardViewModel
    {
        Id = p.Id,
        Slug = p.Slug,
        Name = p.Name,
        Kind = p.Kind,
        Sector = p.Sector,
        District = p.District!.Name,
        Teaser = p.Teaser,
        LogoId = p.LogoId,
    };

    public static IQueryable<PartnerShowcaseViewModel> ToShowcase(this IQueryable<Partner> query) => query.Select(Showcase);

    /// <summary>Built once: a projection written inline is a new expression tree, found by reflection, on every call.</summary>
    private static readonly Expression<Func<Partner, PartnerShowcaseViewModel>> Showcase = p => new PartnerShowcaseViewModel
    {
        Id = p.Id,
        Slug = p.Slug,
        Name = p.Name,
        Kind = p.Kind,
        Sector = p.Sector,
        District = p.District!.Name,
        Teaser = p.Teaser,
        ShowcaseMarkdown = p.ShowcaseMarkdown,
        Website = p.Website,
        ProgrammeName = p.Programme!.Name,
        LogoId = p.LogoId,
    };

    /// <summary>
    /// Fills in what the showcase page shows around the partner's own fields: its public examples, the public
    /// Sozialbetriebe it worked with, and the logo and example images in one query. The public page and the staff
    /// preview both use it, so the preview is exactly what visitors will see.
    /// </summary>
    public static async Task CompleteShowcaseAsync(this AppDbContext db, PartnerShowcaseViewModel partner, DateTime utcNow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var examples = await db.PartnerExamplesAsync(partner.Id, utcNow, cancellationToken);
        partner.SocialEnterprises = await db.PartnerSocialEnterprisesAsync(partner.Id, utcNow, cancellationToken);
        var images = await db.LoadImagesAsync(examples.Select(e => e.ImageId).Append(partner.LogoId), cancellationToken);
        examples.ForEach(card => card.Image = images.Find(card.ImageId));
        partner.Logo = images.Find(partner.LogoId);
        partner.Examples = examples;
    }

    /// <summary>Only districts where a public partner is based, so no choice leads to an empty list.</summary>
    public static async Task<IReadOnlyList<OptionViewModel>> PartnerDistrictsAsync(this AppDbContext db, DateTime utcNow, CancellationToken cancellationToken) =>
        await db.Districts.AsNoTracking()
            .Where(d => db.Partners.PubliclyVisible(utcNow).Any(p => p.DistrictId == d.Id))
            .OrderBy(d => d.Name)
            .Select(d => new OptionViewModel(d.Slug, d.Name))
            .ToListAsync(cancellationToken);

    /// <summary>The partner's public examples, newest first.</summary>
    public static async Task<List<ExampleCardViewModel>> PartnerExamplesAsync(this AppDbContext db, int partnerId, DateTime utcNow, CancellationToken cancellationToken) =>
        await db.Partners.Where(p => p.Id == partnerId).SelectMany(p => p.Examples)
            .AsNoTracking().PubliclyVisible(utcNow)
            .Newest()
            .ToCards()
            .ToListAsync(cancellationToken);

    /// <summary>Each public Sozialbetrieb once that worked with the partner in one of its public examples.</summary>
    public static async Task<List<LinkViewModel>> PartnerSocialEnterprisesAsync(this AppDbContext db, int partnerId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var viaExamples = db.Partners.Where(p => p.Id == partnerId).SelectMany(p => p.Examples).PubliclyVisible(utcNow)
            .SelectMany(e => e.SocialEnterprises.Select(s => s.Id));
        return await db.SocialEnterprises.AsNoTracking().PubliclyVisible(utcNow)
            .Where(s => viaExamples.Contains(s.Id))
            .OrderBy(s => s.SortName)
            .Select(s => new LinkViewModel(s.Name, "/sozialbetriebe/" + s.Slug))
            .ToListAsync(cancellationToken);
    }
}
