using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>What the search index tests do to a portal's database behind the app's back, and the start-up check they run.</summary>
internal static class SearchIndexDatabase
{
    /// <summary>Runs <see cref="SqliteSearchIndex.EnsureAsync"/> as start-up does; the names of what it (re)built.</summary>
    public static async Task<IReadOnlyList<string>> EnsureAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await SqliteSearchIndex.EnsureAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
    }

    public static async Task ExecuteAsync(PortalFactory portal, string sql)
    {
        await using var connection = await portal.OpenConnectionPastTheAppAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The one command of a search that matched its terms in an index (the groups' ranking statements).</summary>
    public static ExecutedCommand RankingCommand(SqlCommandCounter counter) =>
        Assert.Single(counter.Commands, c => c.Sql.Contains("MATCH @match", StringComparison.Ordinal));

    public static Task<SearchResultsPage> SearchAsync(PortalFactory portal, string query) =>
        SearchResultsPage.LoadAsync(portal.CreateClient(), query);
}
