using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Services.Operations;

namespace SozialProduziert.Tests.Operations;

/// <summary>
/// <c>restore</c> only ever puts an intact database of this portal in place, keeps the state it replaces, and
/// leaves the live database untouched when it refuses.
/// </summary>
public sealed class RestoreSafetyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sozialproduziert-restore-").FullName;

    [Fact]
    public async Task Restoring_over_the_live_database_keeps_the_replaced_state_beside_it_and_the_site_reads_the_backup()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 15, 0, TimeSpan.Zero)) };
        await portal.WithDbAsync(db => db.Add(new PageBuilder().Titled("Vor der Sicherung").Build()));
        var file = Path.Combine(_folder, "sicherung.db");
        Assert.Equal(0, (await RunAsync<BackupCommand>(portal, (command, token) => command.ExecuteAsync([file], token))).ExitCode);
        await portal.WithDbAsync(db => db.Add(new PageBuilder().Titled("Nach der Sicherung").Build()));

        var (exitCode, message) = await RunAsync<RestoreCommand>(portal, (command, token) => command.ExecuteAsync([file], token));

        var kept = portal.DatabasePath + ".before-restore-20261127-101500";
        try
        {
            Assert.Equal(0, exitCode);
            Assert.Contains(kept, message, StringComparison.Ordinal);
            var live = await portal.WithDbAsync(db => db.Pages.Select(p => p.Title).ToListAsync());
            Assert.Contains("Vor der Sicherung", live);
            Assert.DoesNotContain("Nach der Sicherung", live);
            var before = await BackupRestoreTests.ColumnAsync(kept, "SELECT Title FROM Pages;");
            Assert.Contains("Vor der Sicherung", before);
            Assert.Contains("Nach der Sicherung", before);
            Assert.Equal("ok", await BackupRestoreTests.ScalarAsync(portal.DatabasePath, "PRAGMA integrity_check;"));
        }
        finally
        {
            File.Delete(kept);
        }
    }

    [Theory]
    [InlineData("text", "keine lesbare SQLite-Datenbank")]
    [InlineData("foreign", "keine Datenbank von SozialProduziert")]
    [InlineData("newer", "neueren Version des Portals (Migration 20991231000000_Zukunft)")]
    [InlineData("corrupt", "")]
    public async Task A_file_that_is_not_an_intact_database_of_this_portal_is_refused_and_nothing_changes(string kind, string reason)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new PageBuilder().Titled("Bleibt stehen").Build()));
        var file = Path.Combine(_folder, $"{kind}.db");
        await WriteAsync(kind, file);
        var livePages = await portal.WithDbAsync(db => db.Pages.CountAsync());

        var (exitCode, message) = await RunAsync<RestoreCommand>(portal, (command, token) => command.ExecuteAsync([file], token));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Die Sicherung wird nicht zurückgespielt, die Datenbank bleibt unverändert: ", message, StringComparison.Ordinal);
        Assert.Contains(reason, message, StringComparison.Ordinal);
        Assert.Equal(livePages, await portal.WithDbAsync(db => db.Pages.CountAsync()));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(portal.DatabasePath)!, Path.GetFileName(portal.DatabasePath) + ".before-restore-*"));
    }

    [Fact]
    public async Task Without_exactly_one_file_both_commands_explain_how_to_call_them()
    {
        await using var portal = new PortalFactory();

        var backup = await RunAsync<BackupCommand>(portal, (command, token) => command.ExecuteAsync([], token));
        var restore = await RunAsync<RestoreCommand>(portal, (command, token) => command.ExecuteAsync(["a.db", "b.db"], token));
        var missing = await RunAsync<RestoreCommand>(portal, (command, token) => command.ExecuteAsync([Path.Combine(_folder, "fehlt.db")], token));

        Assert.Equal((2, "Bitte geben Sie genau eine Zieldatei an, zum Beispiel: dotnet run --project src/SozialProduziert.Web -- backup /var/backups/sozialproduziert.db"), backup);
        Assert.Equal(2, restore.ExitCode);
        Assert.Contains("genau eine Sicherungsdatei", restore.Message, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("gibt es nicht", missing.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int ExitCode, string Message)> RunAsync<TCommand>(PortalFactory portal, Func<TCommand, CancellationToken, Task<(int, string)>> execute)
        where TCommand : notnull
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await execute(scope.ServiceProvider.GetRequiredService<TCommand>(), CancellationToken.None);
    }

    private static async Task WriteAsync(string kind, string file)
    {
        if (kind == "text")
        {
            await File.WriteAllTextAsync(file, "Das ist keine Datenbank, sondern eine Notiz.");
            return;
        }

        if (kind == "corrupt")
        {
            // A real portal database with a page in the middle overwritten, as a failing disk leaves it.
            File.Copy(TemplateDatabases.TemplatePath(PortalDatabase.Empty), file);
            await using var stream = new FileStream(file, FileMode.Open);
            stream.Position = stream.Length / 2 / 4096 * 4096;
            await stream.WriteAsync(Enumerable.Repeat((byte)0x5A, 4096).ToArray());
            return;
        }

        if (kind == "newer")
        {
            File.Copy(TemplateDatabases.TemplatePath(PortalDatabase.Empty), file);
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = kind == "newer"
            ? "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('20991231000000_Zukunft', '10.0.15');"
            : "CREATE TABLE Kunden (Id INTEGER PRIMARY KEY, Name TEXT);";
        await command.ExecuteNonQueryAsync();
    }
}
