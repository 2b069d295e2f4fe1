using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure.Caching;
using SozialProduziert.Web.Infrastructure.SqliteStatements;

namespace SozialProduziert.Web.Infrastructure;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers <see cref="AppDbContext"/> on the provider named in Database:Provider. Contexts are pooled: building
    /// the options and finding the model anew for every request was a sixth of an uncached detail page's processor
    /// time (docs/performance.md). A pooled context carries no state of its own between requests; EF resets it.
    /// On SQLite a list of ids goes in as one JSON parameter (json_each): with a parameter per id EF writes the SQL anew
    /// on every execution, which cost a detail page more than running its image query.
    /// EF's check that no two threads use one context at once stays on in Development and in the tests, where it finds
    /// such a bug; in Production it is off, because it allocated on every query: an eighth of what a Sozialbetrieb page
    /// allocated (docs/performance.md).
    /// On SQLite, connections stay open between requests with their prepared statements (<see cref="SqliteStatementReuse"/>).
    /// Both providers run on the model compiled into Data/CompiledModels (`dotnet ef dbcontext optimize`): building it
    /// from the configurations at start left the process about 12 MB larger for good (docs/performance.md). EF would
    /// find it by its assembly attribute anyway; naming it here says so. CompiledModelTests fails when a model change
    /// was not compiled again.
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Default");
        services.AddSingleton<ContentStampingInterceptor>();
        services.AddSingleton<VariantManifestInterceptor>();
        services.AddSingleton<Services.PartnerArea.ShowcasePublishGuard>();
        var threadSafetyChecks = !environment.IsProduction();

        if (string.Equals(options.Provider, DatabaseProvider.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            SqliteLibrarySettings.Apply();
            var sqlite = ResolveSqlitePath(connectionString ?? DatabaseOptions.DefaultSqliteConnection, environment.ContentRootPath);
            services.AddSingleton<SqliteStatementReuse>();
#pragma warning disable EF1001 // ISqliteRelationalConnection is EF's internal API (see StatementCachingSqliteRelationalConnection).
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((provider, db) => db
                .UseSqlite(sqlite, sqliteOptions => sqliteOptions.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .UseModel(Data.CompiledModels.Sqlite.SqliteAppDbContextModel.Instance)
                .EnableThreadSafetyChecks(threadSafetyChecks)
                .AddInterceptors(SaveInterceptors(provider))
                .AddInterceptors(provider.GetRequiredService<SqliteStatementReuse>())
                .ReplaceService<ISqliteRelationalConnection, StatementCachingSqliteRelationalConnection>());
#pragma warning restore EF1001
        }
        else if (string.Equals(options.Provider, DatabaseProvider.SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new StartupException(
                    "Für SQL Server fehlt der Verbindungs-String: Setzen Sie ConnectionStrings:Default (z. B. über die Umgebungsvariable ConnectionStrings__Default).");
            }

            services.AddDbContextPool<AppDbContext, SqlServerAppDbContext>((provider, db) => db
                .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure(maxRetryCount: 3, maxRetryDelay: TimeSpan.FromSeconds(5), errorNumbersToAdd: null))
                .UseModel(Data.CompiledModels.SqlServer.SqlServerAppDbContextModel.Instance)
                .EnableThreadSafetyChecks(threadSafetyChecks)
                .AddInterceptors(SaveInterceptors(provider)));
        }
        else
        {
            throw new StartupException(
                $"Unbekannter Datenbank-Provider „{options.Provider}“: Setzen Sie Database:Provider auf „{DatabaseProvider.Sqlite}“ oder „{DatabaseProvider.SqlServer}“.");
        }

        return services;
    }

    /// <summary>The interceptors both providers share: derived columns, the showcases' approval rule, page-cache eviction.</summary>
    private static IInterceptor[] SaveInterceptors(IServiceProvider provider) =>
    [
        provider.GetRequiredService<ContentStampingInterceptor>(),
        provider.GetRequiredService<VariantManifestInterceptor>(),
        provider.GetRequiredService<Services.PartnerArea.ShowcasePublishGuard>(),
        provider.GetRequiredService<PageCacheEvictionInterceptor>(),
    ];

    /// <summary>A relative SQLite file is placed under the content root, and its folder is created, so a fresh clone just runs.</summary>
    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StartupException($"ConnectionStrings:Default ist kein gültiger SQLite-Verbindungs-String ({e.Message}).", e);
        }

        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return connectionString;
        }

        var path = Path.IsPathRooted(dataSource) ? dataSource : Path.Combine(contentRoot, dataSource);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.DataSource = path;
        return builder.ToString();
    }
}
