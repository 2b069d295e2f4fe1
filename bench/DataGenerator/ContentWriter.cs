using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Bench.DataGenerator;

/// <summary>Inserts generated items in batches, each batch in a fresh context so the change tracker stays small.</summary>
internal sealed class ContentWriter(Func<AppDbContext> newContext, int batchSize = 1000)
{
    /// <summary>Builds and inserts <paramref name="count"/> items; <paramref name="build"/> gets the batch's stub cache and the index.</summary>
    public async Task<List<int>> InsertAsync<T>(int count, Func<Stubs, int, T> build, CancellationToken cancellationToken)
        where T : PublishableContent
    {
        var ids = new List<int>(count);
        for (var start = 0; start < count; start += batchSize)
        {
            await using var db = newContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var stubs = new Stubs(db);
            var batch = Enumerable.Range(start, Math.Min(batchSize, count - start)).Select(i => build(stubs, i)).ToList();
            db.AddRange(batch);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            ids.AddRange(batch.Select(item => item.Id));
        }

        return ids;
    }
}

/// <summary>
/// Existing rows an item links to (Sozialbetriebe, partners, fields of work, quality marks), attached by id only
/// and once per context, so linking needs no query.
/// </summary>
internal sealed class Stubs(DbContext db)
{
    private readonly Dictionary<(Type, int), object> _attached = [];

    public SocialEnterprise Enterprise(int id) => Get(id, () => new SocialEnterprise { Id = id });

    public Partner Partner(int id) => Get(id, () => new Partner { Id = id });

    public FieldOfWork Field(int id) => Get(id, () => new FieldOfWork { Id = id });

    public QualityMark Mark(int id) => Get(id, () => new QualityMark { Id = id });

    private T Get<T>(int id, Func<T> create)
        where T : class
    {
        if (!_attached.TryGetValue((typeof(T), id), out var stub))
        {
            stub = create();
            db.Attach(stub);
            _attached[(typeof(T), id)] = stub;
        }

        return (T)stub;
    }
}
