using System.Collections.Concurrent;
using System.Net;
using Microsoft.Data.Sqlite;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Operations;

/// <summary>
/// <c>backup</c> and <c>restore</c> as an operator runs them, as real processes next to a site that keeps
/// writing: the backup holds every item acknowledged before it started, in one consistent state, and restores.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sozialproduziert-backup-").FullName;

    [Fact]
    public async Task A_backup_taken_while_pages_are_being_created_restores_every_acknowledged_page_consistently()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var acknowledged = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() => CreatePagesUntilStoppedAsync(staff, acknowledged, stop.Token));
        while (acknowledged.Count < 5 && !writer.IsCompleted)
        {
            await Task.Delay(20);
        }

        var beforeBackup = acknowledged.ToArray();
        var backupFile = Path.Combine(_folder, "sicherung.db");
        var backup = await AppProcess.RunAsync(["backup", backupFile], Sqlite(portal.DatabasePath));
        var afterBackup = acknowledged.Count;
        await stop.CancelAsync();
        await writer;

        var restoredFile = Path.Combine(_folder, "wiederhergestellt.db");
        var restore = await AppProcess.RunAsync(["restore", backupFile], Sqlite(restoredFile));

        Assert.True(backup.ExitCode == 0, backup.Stderr);
        Assert.StartsWith($"Sicherung geschrieben: {backupFile}", Assert.Single(backup.StdoutLines), StringComparison.Ordinal);
        Assert.True(afterBackup > beforeBackup.Length, "The site stopped answering while the backup ran.");
        Assert.True(restore.ExitCode == 0, restore.Stderr);
        Assert.Equal("ok", await ScalarAsync(restoredFile, "PRAGMA integrity_check;"));
        var restored = await ColumnAsync(restoredFile, "SELECT Slug FROM Pages WHERE Slug LIKE 'sicherung-%' ORDER BY Id;");
        Assert.All(beforeBackup, slug => Assert.Contains(slug, restored));

        // One consistent state: the pages are exactly the first n acknowledged ones, each with its revision.
        Assert.Equal(acknowledged.Take(restored.Count), restored);
        var withoutRevision = await ColumnAsync(restoredFile,
            "SELECT Slug FROM Pages p WHERE Slug LIKE 'sicherung-%' AND NOT EXISTS (SELECT 1 FROM ContentRevisions r WHERE r.ContentType = 'Page' AND r.ContentId = p.Id);");
        Assert.Empty(withoutRevision);
    }

    [Fact]
    public async Task On_SQL_Server_backup_and_restore_leave_the_work_to_the_database_administration()
    {
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__Default"] = "Server=127.0.0.1,1;Database=SozialProduziert;User Id=sa;Password=unbenutzt;Connect Timeout=1",
        };

        var backup = await AppProcess.RunAsync(["backup", Path.Combine(_folder, "x.db")], environment);

        Assert.Equal(1, backup.ExitCode);
        Assert.Contains("SQL Server", Assert.Single(backup.StderrLines), StringComparison.Ordinal);
        Assert.Contains("Datenbankadministration", backup.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x.db")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static Dictionary<string, string> Sqlite(string path) => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__Default"] = TemplateDatabases.ConnectionString(path),
    };

    internal static async Task<string?> ScalarAsync(string path, string sql) => (await ColumnAsync(path, sql)).FirstOrDefault();

    internal static async Task<List<string>> ColumnAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>Creates published pages through the real form, one after another, recording each the app confirmed.</summary>
    private static async Task CreatePagesUntilStoppedAsync(HttpClient staff, ConcurrentQueue<string> acknowledged, CancellationToken stop)
    {
        var token = await staff.AntiforgeryTokenAsync("/admin/seiten/neu");
        for (var number = 1; !stop.IsCancellationRequested && number <= 2000; number++)
        {
            var slug = $"sicherung-{number:D4}";
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Title"] = $"Sicherung {number}",
                ["Slug"] = slug,
                ["State"] = "Published",
                ["BodyMarkdown"] = "Angelegt, während die Sicherung läuft.",
                ["MetaDescription"] = "",
                ["PublishAtLocal"] = "",
                ["__RequestVerificationToken"] = token,
            });
            using var response = await staff.PostAsync("/admin/seiten/neu", form, CancellationToken.None);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            acknowledged.Enqueue(slug);
        }
    }
}
