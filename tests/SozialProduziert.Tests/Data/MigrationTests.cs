using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Media;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sozialproduziert-migration-").FullName;

    [Fact]
    public void The_Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a SQLite migration: run `dotnet ef migrations add <Name> --context SqliteAppDbContext --output-dir Data/Migrations/Sqlite` in src/SozialProduziert.Web.");
    }

    [Fact]
    public void The_SqlServer_migrations_match_the_model()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a SQL Server migration: run `dotnet ef migrations add <Name> --context SqlServerAppDbContext --output-dir Data/Migrations/SqlServer` in src/SozialProduziert.Web.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations_by_name()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);

        // Ids start with a timestamp that differs per provider; the name after it must match.
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public void The_SqlServer_idempotent_script_runs_every_data_statement_through_EXEC_with_bracketed_names()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        // SQL Server compiles a batch as a whole, so an UPDATE of a column the same migration adds fails before it
        // runs unless it is deferred (DeferredSql); EF's own statements already are.
        var compiledWithTheBatch = script.Split('\n').Where(line => line.TrimStart().StartsWith("UPDATE ", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Contains("EXEC(N'UPDATE [m] SET [VariantManifest]", script, StringComparison.Ordinal);
        Assert.Empty(compiledWithTheBatch);

        // Double-quoted names would be strings where the script runs with QUOTED_IDENTIFIER off (sqlcmd without -I).
        Assert.DoesNotContain("EXEC(N'UPDATE \"", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrating_a_fresh_Sqlite_file_creates_the_schema_with_the_24_districts_of_Lower_Austria()
    {
        var options = OptionsForFile("fresh.db");
        await using var db = new SqliteAppDbContext(options);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var districts = await db.Districts.OrderBy(d => d.Id).ToListAsync();
        Assert.Equal(24, districts.Count);
        Assert.Equal(Enumerable.Range(1, 24), districts.Select(d => d.Id));
        Assert.Equal(LowerAustriaDistricts.All.Select(d => d.Name), districts.Select(d => d.Name));
        Assert.Contains(districts, d => d.Name == "St. Pölten" && d.Slug == "st-poelten");
    }

    [Fact]
    public async Task Migrating_twice_is_harmless()
    {
        var options = OptionsForFile("twice.db");

        await using (var first = new SqliteAppDbContext(options))
        {
            await first.Database.MigrateAsync();
        }

        await using var second = new SqliteAppDbContext(options);
        await second.Database.MigrateAsync();

        Assert.Equal(24, await second.Districts.CountAsync());
    }

    [Fact]
    public async Task Migrating_writes_the_variant_manifest_of_images_stored_before_it()
    {
        var options = OptionsForFile("manifest.db");
        await using var db = new SqliteAppDbContext(options);
        await db.GetService<IMigrator>().MigrateAsync("SortName");
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "MediaImages" ("Id", "AltText", "Width", "Height", "CreatedAt") VALUES (7, 'Alt', 1600, 1200, '2026-01-01 00:00:00'), (8, 'Ohne', 10, 10, '2026-01-01 00:00:00');
            INSERT INTO "MediaVariants" ("MediaImageId", "Width", "Height", "Format", "Hash", "Data") VALUES
                (7, 480, 360, 1, 'aa01', x'01'), (7, 480, 360, 0, 'aa02', x'02'), (7, 1600, 1200, 1, 'aa03', x'03'), (7, 1600, 1200, 0, 'aa04', x'04');
            """);

        await db.Database.MigrateAsync();

        var manifests = await db.MediaImages.OrderBy(m => m.Id).Select(m => m.VariantManifest).ToListAsync();
        Assert.Equal(
            [new ImageVariant("aa01", 480, ImageFormatKind.WebP), new ImageVariant("aa02", 480, ImageFormatKind.Jpeg), new ImageVariant("aa03", 1600, ImageFormatKind.WebP), new ImageVariant("aa04", 1600, ImageFormatKind.Jpeg)],
            VariantManifest.Parse(manifests[0]).OrderBy(v => v.Hash));
        Assert.Equal("", manifests[1]);
    }

    /// <summary>A SQLite file of its own in the test's folder, unpooled so the folder can be deleted afterwards.</summary>
    private DbContextOptions<SqliteAppDbContext> OptionsForFile(string fileName) =>
        new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, fileName), Pooling = false }.ToString())
            .Options;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
