using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Data;

/// <summary>
/// The app migrates at start only when a migration is pending: EF's migrator compares the whole model with the
/// migrations' snapshot on every run, which costs memory the process keeps (docs/performance.md).
/// </summary>
public sealed class StartupMigrationTests
{
    [Fact]
    public async Task Starting_on_an_empty_file_applies_every_migration()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("sozialproduziert-startup-").FullName, "new.db");
        try
        {
            var logs = new LogCapture();
            await using (var portal = new PortalFactory(path, demo: false))
            await using (var app = WithMigrationLogs(portal, logs))
            {
                using var client = app.CreateClient();
                using var home = await client.GetAsync("/");

                home.EnsureSuccessStatusCode();
                Assert.Contains(MigrationLogs(logs), message => message.StartsWith("Applying migration", StringComparison.Ordinal));
                Assert.Empty(await portal.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
            }
        }
        finally
        {
            TemplateDatabases.Delete(path);
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public async Task Starting_on_an_up_to_date_database_leaves_the_migrator_alone()
    {
        await using var portal = new PortalFactory();
        var logs = new LogCapture();
        await using var app = WithMigrationLogs(portal, logs);
        using var client = app.CreateClient();

        using var home = await client.GetAsync("/");

        home.EnsureSuccessStatusCode();
        Assert.Empty(MigrationLogs(logs));
    }

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithMigrationLogs(PortalFactory portal, LogCapture logs) =>
        portal.WithWebHostBuilder(host =>
        {
            host.UseSetting($"Logging:LogLevel:{DbLoggerCategory.Migrations.Name}", "Debug");
            host.ConfigureLogging(logging => logging.AddProvider(logs));
        });

    private static IEnumerable<string> MigrationLogs(LogCapture logs) =>
        logs.Entries.Where(e => e.Category == DbLoggerCategory.Migrations.Name).Select(e => e.Message);
}
