using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.Forms;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Web.Services.Admin;

/// <summary>The choices of admin selects and checkbox lists, by id and in the order staff expect.</summary>
public static class AdminChoices
{
    public static async Task<IReadOnlyList<IdChoice>> DistrictChoicesAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        await db.Districts.AsNoTracking().OrderBy(d => d.Name).Select(d => new IdChoice(d.Id, d.Name)).ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<IdChoice>> FieldOfWorkChoicesAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        await db.FieldsOfWork.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Name).Select(f => new IdChoice(f.Id, f.Name)).ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<IdChoice>> QualityMarkChoicesAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        await db.QualityMarks.AsNoTracking().OrderBy(q => q.Name).Select(q => new IdChoice(q.Id, q.Name)).ToListAsync(cancellationToken);

    /// <summary>
    /// Sozialbetriebe an offer can belong to: those not in the Papierkorb, plus the current one even if it is,
    /// so editing such an offer never silently moves it.
    /// </summary>
    public static async Task<IReadOnlyList<IdChoice>> EnterpriseChoicesAsync(this AppDbContext db, int? currentId, CancellationToken cancellationToken) =>
        await db.SocialEnterprises.AsNoTracking()
            .Where(e => e.DeletedAt == null || e.Id == currentId)
            .OrderBy(e => e.Name)
            .Select(e => new IdChoice(e.Id, e.DeletedAt == null ? e.Name : e.Name + " (im Papierkorb)"))
            .ToListAsync(cancellationToken);
}
