using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Programmes;

/// <summary>
/// Runs a change to a programme's queue alone. The transaction's first statement raises
/// <see cref="Programme.QueueVersion"/>: on SQLite the transaction already began IMMEDIATE (the write lock of the
/// file), on SQL Server the update holds the programme row's exclusive lock until commit. Everything read after
/// it (the highest arrival number, duplicates, positions) is therefore current, and two changes never interleave.
/// </summary>
public sealed class ProgrammeQueueLock(AppDbContext db)
{
    /// <summary>Runs <paramref name="work"/> under the lock and commits; null when the programme does not exist.</summary>
    public Task<T?> RunAsync<T>(int programmeId, Func<Programme, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(work);

        // SQL Server's retrying strategy replays the whole block after a transient error, so it must start clean.
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var locked = await db.Programmes
                .Where(p => p.Id == programmeId)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.QueueVersion, p => p.QueueVersion + 1), ct);
            if (locked == 0)
            {
                return null;
            }

            var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == programmeId, ct);
            var result = await work(programme, ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }
}
