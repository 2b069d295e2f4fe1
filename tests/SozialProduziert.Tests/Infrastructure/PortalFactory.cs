using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>
/// The one test host of the portal: the real Program on its own SQLite file, copied from a migrated
/// template, in the environment "Testing". Create one per test and dispose it (<c>await using</c>);
/// the file goes with it.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>
{
    public const string EnvironmentName = "Testing";

    static PortalFactory()
    {
        // Every host watches wwwroot (asp-append-version) and its config files; hundreds of hosts per run, next to
        // other processes on a shared machine, exhaust the inotify limit (128). Polling watchers use no inotify.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private readonly bool _demo;
    private readonly bool _ownsDatabase;
    private bool _databaseDeleted;

    public PortalFactory(PortalDatabase database = PortalDatabase.Empty)
        : this(TemplateDatabases.CopyTemplate(database), database == PortalDatabase.Demo)
    {
        _ownsDatabase = true;
    }

    /// <summary>Runs the app on the given file as it is; used to build the templates.</summary>
    internal PortalFactory(string databasePath, bool demo)
    {
        DatabasePath = databasePath;
        _demo = demo;
    }

    /// <summary>The SQLite file of this test; absolute, so the app uses it as it is.</summary>
    public string DatabasePath { get; }

    public string ConnectionString => TemplateDatabases.ConnectionString(DatabasePath);

    /// <summary>
    /// Replaces the app's <see cref="TimeProvider"/> (e.g. with a FakeTimeProvider); set it before the first
    /// request. Template content was stamped with the real clock when the templates were built.
    /// </summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>More configuration for the app (e.g. <c>["Redis:Configuration"] = …</c>), given as host settings like the database's.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>False serves every public page fresh (PageCache:Enabled), e.g. to count the SQL a page really issues.</summary>
    public bool PageCache { get; init; } = true;

    /// <summary>
    /// An open connection of the test's own to the app's SQLite file, past the app's pool, interceptors and caches: for
    /// changes the app must not notice and for looking at what it stored. Unpooled, so disposing it releases the file.
    /// </summary>
    public async Task<SqliteConnection> OpenConnectionPastTheAppAsync()
    {
        var connection = new SqliteConnection($"{ConnectionString};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Runs <paramref name="action"/> against a fresh scope's DbContext, then saves changes.</summary>
    public async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await action(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Runs <paramref name="action"/> (typically <c>db.Add(...)</c>) against a fresh DbContext, then saves changes.</summary>
    public Task WithDbAsync(Action<AppDbContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return WithDbAsync(db =>
        {
            action(db);
            return Task.CompletedTask;
        });
    }

    /// <summary>Runs a query against a fresh DbContext, saves any changes it made, and returns its result.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var result = await query(db);
        await db.SaveChangesAsync();
        return result;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Settings go in as host settings: Program reads Database:* while building, before app configuration callbacks run.
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Demo:Enabled", _demo ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("PageCache:Enabled", PageCache ? "true" : "false");
        // Hundreds of hosts per run would each watch appsettings*.json and exhaust the inotify limit.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestClientAddress>();

            // EF Core remembers for a second whether anybody listens to its diagnostics, and pooled contexts keep that
            // answer: a SqlCommandCounter started mid-test would then see nothing and "no query" would pass vacuously.
            services.ConfigureDbContext<SqliteAppDbContext>(db => db.ConfigureLoggingCacheTime(TimeSpan.Zero));
            if (Clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(Clock);
            }
        });
    }

    /// <summary>
    /// Program catches a <c>StartupException</c>, writes its reason to standard error and returns 1 without running the
    /// app. The test host takes an entry point that ended for a started app, so without this check the failure showed
    /// up later and elsewhere: as "Sequence contains no elements" when a Kestrel-hosted site looked for its address.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (!host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.IsCancellationRequested)
        {
            host.Dispose();
            throw new InvalidOperationException(
                $"The portal did not start on {DatabasePath}: Program ended before app.RunAsync(). Its reason is the line \"SozialProduziert kann nicht starten: …\" on standard error.");
        }

        // The search index merge after start runs beside the first requests; tests that count a request's SQL commands
        // or connections (SqlCommandCounter, SqliteStatementReuse) would count it too on a slow machine.
        var maintenance = host.Services.GetServices<IHostedService>().OfType<SqliteMaintenance>().Single();
        if (!maintenance.FirstMerge.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException($"The search index merge after start did not finish within 30 s on {DatabasePath}.");
        }

        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase && !_databaseDeleted)
        {
            _databaseDeleted = true;
            TemplateDatabases.Delete(DatabasePath);
        }
    }
}
