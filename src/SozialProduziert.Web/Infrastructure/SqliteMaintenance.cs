using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Keeps an embedded SQLite database fast; does nothing on SQL Server, which maintains its statistics itself.
/// Before the app answers requests (hosted services start before the server listens; Program migrates before that)
/// it makes sure the search indexes exist (<see cref="SqliteSearchIndex"/>) and that the query planner has table
/// statistics: without them SQLite guessed, and a Sozialbetrieb's profile scanned all 20,000 offers for its own dozen.
/// Merging the search indexes only makes searches faster, so it runs in the background once the site answers; then
/// statistics and merge are refreshed every few hours as the content grows.
/// </summary>
public sealed class SqliteMaintenance(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SqliteMaintenance> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    // 0x10002: analyse every table that has no statistics yet or has changed a lot, reading at most 1,000 rows per index.
    private const string Optimize = "PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;";

    private readonly TaskCompletionSource _firstMerge = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes once the merge after start has run (or failed, or the app stopped; at once on SQL Server). Tests that
    /// count the SQL commands of a request wait for it: that merge runs beside the first requests and is counted too.
    /// </summary>
    internal Task FirstMerge => _firstMerge.Task;

    /// <summary>Runs the first maintenance before the server listens, then leaves the periodic refresh to <see cref="ExecuteAsync"/>.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!db.Database.IsSqlite())
            {
                _firstMerge.TrySetResult();
                return;
            }

            var rebuilt = await SqliteSearchIndex.EnsureAsync(db, cancellationToken);
            if (rebuilt.Count > 0)
            {
                logger.LogInformation("Suchindex neu aufgebaut: {Indexes}", string.Join(", ", rebuilt));
            }

            await db.Database.ExecuteSqlRawAsync(Optimize, cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            // Statistics were made before the site answered (StartAsync); the merge only speeds searches up, so it waits.
            await MaintainAsync(statistics: false, stoppingToken);
            _firstMerge.TrySetResult();
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await MaintainAsync(statistics: true, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            _firstMerge.TrySetResult();
        }
    }

    /// <summary>One round; a failure is logged and the next round still comes.</summary>
    private async Task MaintainAsync(bool statistics, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (statistics)
            {
                await db.Database.ExecuteSqlRawAsync(Optimize, cancellationToken);
            }

            await SqliteSearchIndex.OptimizeAsync(db, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // Statistics and merged indexes only make queries faster; the site works without them.
            logger.LogWarning(e, "Die Statistiken oder Suchindizes der SQLite-Datenbank konnten nicht erneuert werden.");
        }
    }
}
