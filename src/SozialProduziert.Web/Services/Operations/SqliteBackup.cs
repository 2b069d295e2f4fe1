using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Web.Services.Operations;

/// <summary>
/// Online backup and restore of the SQLite database with SQLite's backup API. Images and downloads are stored in
/// the database (docs/decisions/0002), so the one file is the whole portal.
/// </summary>
public sealed class SqliteBackup(AppDbContext db, TimeProvider time)
{
    public bool IsSqlite => db.Database.IsSqlite();

    /// <summary>The file the portal runs on (ConnectionStrings:Default, made absolute at start-up).</summary>
    public string LivePath => new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;

    /// <summary>
    /// Copies the live database into <paramref name="target"/> in one read transaction, so the copy is one
    /// consistent state while the site goes on writing (in WAL mode readers and writers do not wait for each
    /// other). The copy is checked before it replaces an older file of that name. Returns its size in bytes.
    /// </summary>
    public async Task<long> BackupAsync(string target, CancellationToken cancellationToken)
    {
        var partial = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            await CopyAsync(FileConnection(LivePath, SqliteOpenMode.ReadWrite), FileConnection(partial, SqliteOpenMode.ReadWriteCreate), "DELETE", cancellationToken);
            if (await SqliteDatabaseCheck.ProblemAsync(partial, db.Database.GetMigrations().ToList(), cancellationToken) is { } problem)
            {
                throw new InvalidOperationException($"Die eben geschriebene Sicherung ist fehlerhaft: {problem}");
            }

            File.Move(partial, target, overwrite: true);
            return new FileInfo(target).Length;
        }
        finally
        {
            File.Delete(partial);
            File.Delete(partial + "-journal");
        }
    }

    /// <summary>Refuses anything but an intact database of this portal that this version knows; null when it fits.</summary>
    public Task<string?> ProblemWithAsync(string backup, CancellationToken cancellationToken) =>
        SqliteDatabaseCheck.ProblemAsync(backup, db.Database.GetMigrations().ToList(), cancellationToken);

    /// <summary>
    /// Writes <paramref name="backup"/> into the live file through the backup API, which takes the database's own
    /// lock: a process still holding the file sees either the old or the restored state, never a mixture. The
    /// replaced state is kept beside it first; its path is returned (null when there was no database yet).
    /// </summary>
    public async Task<string?> RestoreAsync(string backup, CancellationToken cancellationToken)
    {
        var live = LivePath;
        string? kept = null;
        if (File.Exists(live))
        {
            kept = $"{live}.before-restore-{time.GetUtcNow():yyyyMMdd-HHmmss}";
            await CopyAsync(FileConnection(live, SqliteOpenMode.ReadWrite), FileConnection(kept, SqliteOpenMode.ReadWriteCreate), "DELETE", cancellationToken);
        }

        await CopyAsync(FileConnection(backup, SqliteOpenMode.ReadOnly), FileConnection(live, SqliteOpenMode.ReadWriteCreate), "WAL", cancellationToken);
        return kept;
    }

    private static async Task CopyAsync(string source, string destination, string journalMode, CancellationToken cancellationToken)
    {
        await using var from = new SqliteConnection(source);
        await using var to = new SqliteConnection(destination);
        await from.OpenAsync(cancellationToken);
        await to.OpenAsync(cancellationToken);
        await SqliteDatabaseCheck.RetryWhileBusyAsync(() => from.BackupDatabase(to), cancellationToken);

        // A backup is one self-contained file; the live database goes on in WAL mode as EF Core creates it.
        await using var mode = to.CreateCommand();
        mode.CommandText = $"PRAGMA journal_mode = {journalMode};";
        await mode.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string FileConnection(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();
}
