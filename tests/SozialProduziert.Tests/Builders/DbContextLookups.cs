using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Builders;

/// <summary>Reference entities tracked by the test's DbContext, for many-to-many links in builders.</summary>
public static class DbContextLookups
{
    public static async Task<FieldOfWork> FieldOfWorkAsync(this AppDbContext db, string name)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.FieldsOfWork.SingleAsync(f => f.Name == name);
    }

    public static async Task<QualityMark> QualityMarkAsync(this AppDbContext db, string slug)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.QualityMarks.SingleAsync(q => q.Slug == slug);
    }
}
