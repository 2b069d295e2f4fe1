using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Data.Seed;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Web.Data;

/// <summary>Brings the database to the current schema at start-up and fills reference data (and demo content, if enabled).</summary>
public sealed class DatabaseInitializer(
    AppDbContext db,
    ReferenceDataSeeder referenceData,
    DemoContentSeeder demoContent,
    IOptions<DemoOptions> demoOptions,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            // MigrateAsync compares the model with the migrations' snapshot on every call (EF 9 and later), which builds
            // a second model and diffs the two: about 20 MB the process then keeps for good (docs/performance.md). With
            // no migration pending there is nothing to apply; MigrationTests guards that the model matches them.
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException or RetryLimitExceededException)
        {
            // The innermost exception of a failed connection is often a bare socket status ("Success" on Linux);
            // the database driver's own exception says what actually went wrong.
            var cause = (FirstDatabaseException(e) ?? e).Message.ReplaceLineEndings(" ");
            throw new StartupException(
                $"Die Datenbank ist nicht erreichbar oder lässt sich nicht aktualisieren – prüfen Sie ConnectionStrings:Default und ob der Datenbankserver läuft (Ursache: {cause}).", e);
        }

        await referenceData.SeedAsync(cancellationToken);
        if (demoOptions.Value.Enabled && !await db.Examples.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Leere Datenbank: Demo-Inhalte werden angelegt.");
            await demoContent.SeedAsync(cancellationToken);
        }
    }

    private static DbException? FirstDatabaseException(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is DbException database)
            {
                return database;
            }
        }

        return null;
    }
}
