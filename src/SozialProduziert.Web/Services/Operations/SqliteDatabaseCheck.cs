using Microsoft.Data.Sqlite;

namespace SozialProduziert.Web.Services.Operations;

/// <summary>What a file must be before it may become the portal's database: intact, and this portal's, of a known version.</summary>
internal static class SqliteDatabaseCheck
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>One German sentence naming what is wrong with the file, or null when it fits.</summary>
    public static async Task<string?> ProblemAsync(string path, IReadOnlyList<string> knownMigrations, CancellationToken cancellationToken)
    {
        var readOnly = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(readOnly);
            await connection.OpenAsync(cancellationToken);
            var integrity = (await ReadAsync(connection, "PRAGMA integrity_check;", cancellationToken)).FirstOrDefault();
            if (integrity != "ok")
            {
                return $"Die Datei ist beschädigt (integrity_check: {integrity}).";
            }

            var historyTable = await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';", cancellationToken);
            var applied = historyTable.Count == 0 ? [] : await ReadAsync(connection, "SELECT MigrationId FROM __EFMigrationsHistory;", cancellationToken);
            if (knownMigrations.Count == 0 || !applied.Contains(knownMigrations[0]))
            {
                return "Das ist keine Datenbank von SozialProduziert.";
            }

            var unknown = applied.Except(knownMigrations).FirstOrDefault();
            return unknown is null
                ? null
                : $"Sie stammt von einer neueren Version des Portals (Migration {unknown}) – spielen Sie sie mit dieser neueren Version zurück.";
        }
        catch (SqliteException e)
        {
            return $"Das ist keine lesbare SQLite-Datenbank ({e.Message.ReplaceLineEndings(" ")}).";
        }
    }

    /// <summary>Outside WAL mode a writer briefly locks readers out; the backup then waits a little, as the app's own queries do.</summary>
    public static async Task RetryWhileBusyAsync(Action action, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                action();
                return;
            }
            catch (SqliteException e) when (e.SqliteErrorCode is SqliteBusy or SqliteLocked && attempt < 50)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }

    private static async Task<List<string>> ReadAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
