using SozialProduziert.Web.Data;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Makes sure the SQLite search index exists before the app answers requests (hosted services start before the
/// server listens; the schema is migrated before that in Program). Rebuilding 33,000 items takes a few seconds and
/// happens only on a database that has never had the index, or after a migration rebuilt a content table.
/// </summary>
public sealed class SearchIndexStartup(IServiceScopeFactory scopes, ILogger<SearchIndexStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rebuilt = await SqliteSearchIndex.EnsureAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
        if (rebuilt.Count > 0)
        {
            logger.LogInformation("Suchindex neu aufgebaut: {Indexes}", string.Join(", ", rebuilt));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
