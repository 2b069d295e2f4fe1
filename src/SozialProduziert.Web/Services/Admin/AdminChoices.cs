using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Forms;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Services.Catalog;

namespace SozialProduziert.Web.Services.Admin;

/// <summary>The choices of admin selects and checkbox lists, by id and in the order staff expect.</summary>
public static class AdminChoices
{
    public static async Task<IReadOnlyList<IdChoice>> DistrictChoicesAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        Sorted(await db.Districts.AsNoTracking().Select(d => new IdChoice(d.Id, d.Name)).ToListAsync(cancellationToken));

    /// <summary>In the editors' sort order, as on the public filters.</summary>
    public static async Task<IReadOnlyList<IdChoice>> FieldOfWorkChoicesAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        await db.FieldsOfWork.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).Select(f => new IdChoice(f.Id, f.Name)).ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<IdChoice>> QualityMarkChoicesAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        Sorted(await db.QualityMarks.AsNoTracking().Select(q => new IdChoice(q.Id, q.Name)).ToListAsync(cancellationToken));

    /// <summary>
    /// Sozialbetriebe an offer can belong to: those not in the Papierkorb, plus the current one even if it is,
    /// so editing such an offer never silently moves it.
    /// </summary>
    public static async Task<IReadOnlyList<IdChoice>> EnterpriseChoicesAsync(this AppDbContext db, int? currentId, CancellationToken cancellationToken) =>
        Sorted(await db.SocialEnterprises.AsNoTracking()
            .Where(e => e.DeletedAt == null || e.Id == currentId)
            .Select(e => new IdChoice(e.Id, e.DeletedAt == null ? e.Name : e.Name + " (im Papierkorb)"))
            .ToListAsync(cancellationToken));

    // SQLite orders by code point ("Gmünd" before "Gänserndorf"); these short lists are sorted the German way in memory.
    private static List<IdChoice> Sorted(List<IdChoice> choices) => choices.OrderBy(c => c.Label, FilterOptions.GermanOrder).ThenBy(c => c.Id).ToList();
}
