using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Areas.Admin.ViewModels.ReferenceLists;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Web.Services.Admin;

/// <summary>The reference lists with how often each entry is used, counting items in the Papierkorb too.</summary>
public static class ReferenceListQueries
{
    public static async Task<IReadOnlyList<FieldOfWorkRow>> FieldOfWorkRowsAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        await db.FieldsOfWork.AsNoTracking()
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
            .Select(f => new FieldOfWorkRow(f.Id, f.Name, f.Slug, f.SortOrder,
                new ReferenceUsage(f.SocialEnterprises.Count, db.Offers.Count(o => o.FieldOfWorkId == f.Id), f.Examples.Count)))
            .ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<QualityMarkRow>> QualityMarkRowsAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        await db.QualityMarks.AsNoTracking()
            .OrderBy(q => q.Name)
            .Select(q => new QualityMarkRow(q.Id, q.Name, q.Slug, q.Website, new ReferenceUsage(q.SocialEnterprises.Count, 0, 0)))
            .ToListAsync(cancellationToken);

    public static async Task<ReferenceUsage> FieldOfWorkUsageAsync(this AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.FieldsOfWork.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new ReferenceUsage(f.SocialEnterprises.Count, db.Offers.Count(o => o.FieldOfWorkId == f.Id), f.Examples.Count))
            .FirstOrDefaultAsync(cancellationToken) ?? new ReferenceUsage(0);

    public static async Task<ReferenceUsage> QualityMarkUsageAsync(this AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.QualityMarks.AsNoTracking().Where(q => q.Id == id)
            .Select(q => new ReferenceUsage(q.SocialEnterprises.Count, 0, 0))
            .FirstOrDefaultAsync(cancellationToken) ?? new ReferenceUsage(0);
}
