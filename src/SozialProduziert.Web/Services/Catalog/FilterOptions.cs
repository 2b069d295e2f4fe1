using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Services.Catalog;

/// <summary>The choices the filter forms offer, shared by the example, Sozialbetrieb and offer lists.</summary>
public static class FilterOptions
{
    public static async Task<IReadOnlyList<OptionViewModel>> FieldsOfWorkAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        await db.FieldsOfWork.AsNoTracking()
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
            .Select(f => new OptionViewModel(f.Slug, f.Name))
            .ToListAsync(cancellationToken);

    /// <summary>German alphabetical order ("Gänserndorf" before "Gmünd"), which SQLite's byte order gets wrong.</summary>
    public static readonly StringComparer GermanOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de-AT"), ignoreCase: true);

    public static async Task<IReadOnlyList<OptionViewModel>> DistrictsAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        (await db.Districts.AsNoTracking()
            .Select(d => new OptionViewModel(d.Slug, d.Name))
            .ToListAsync(cancellationToken))
            .OrderBy(d => d.Label, GermanOrder)
            .ToList();

    public static async Task<IReadOnlyList<OptionViewModel>> QualityMarksAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        (await db.QualityMarks.AsNoTracking()
            .Select(q => new OptionViewModel(q.Slug, q.Name))
            .ToListAsync(cancellationToken))
            .OrderBy(q => q.Label, GermanOrder)
            .ToList();

    public static IReadOnlyList<OptionViewModel> OutputTypes() =>
        Enum.GetValues<OutputType>().Select(t => new OptionViewModel(t.UrlKey(), t.Label())).ToList();

    public static IReadOnlyList<OptionViewModel> Segments() =>
        Enum.GetValues<LabourMarketSegment>().Select(s => new OptionViewModel(s.UrlKey(), s.Label())).ToList();

    public static IReadOnlyList<OptionViewModel> OfferKinds() =>
        Enum.GetValues<OfferKind>().Select(k => new OptionViewModel(k.UrlKey(), k.Label())).ToList();
}
