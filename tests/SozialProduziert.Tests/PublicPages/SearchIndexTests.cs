using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Admin;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>The SQLite trigram index behind search stays current with every change and is rebuilt when it is missing.</summary>
public class SearchIndexTests
{
    [Fact]
    public async Task Renaming_and_deleting_an_item_changes_what_search_finds()
    {
        await using var portal = new PortalFactory();
        var id = await portal.CreateWithEditorAsync(_ => new ExampleBuilder().Titled("Zirbenholzbett").Build());
        Assert.Equal(["Zirbenholzbett"], (await SearchAsync(portal, "zirben")).Titles);

        await portal.EditWithEditorAsync<BestPracticeExample>(id, (_, example) =>
        {
            example.Title = "Eichenholzbett";
            return Task.CompletedTask;
        });
        Assert.Empty((await SearchAsync(portal, "zirben")).Titles);
        Assert.Equal(["Eichenholzbett"], (await SearchAsync(portal, "eichenholz")).Titles);

        await portal.WithDbAsync(async db => db.Remove(await db.Examples.FindAsync(id) ?? throw new InvalidOperationException()));
        Assert.Empty((await SearchAsync(portal, "eichenholz")).Titles);
        Assert.Equal(0, await CountIndexedAsync(portal, "eichenholz"));
    }

    [Fact]
    public async Task Terms_shorter_than_three_characters_are_still_found_by_the_substring_test()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("IT-Geräte").WithTeaser("Aus Holz").WithBody("Kurz.").Build(),
            new ExampleBuilder().Titled("Geräte aus Holz").WithTeaser("Aus Holz").WithBody("Kurz.").Build()));

        Assert.Equal(["IT-Geräte"], (await SearchAsync(portal, "IT Geräte")).Titles);
        Assert.Equal(["Geräte aus Holz", "IT-Geräte"], (await SearchAsync(portal, "Geräte")).Titles.Order());
    }

    [Fact]
    public async Task A_missing_index_is_built_again_from_the_content_at_start()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Lärchenholzsteg").Build()));
        await using (var connection = new SqliteConnection($"{portal.ConnectionString};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TRIGGER ExamplesSearch_Update; DROP TABLE ExamplesSearch;";
            await drop.ExecuteNonQueryAsync();
        }

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var rebuilt = await SqliteSearchIndex.EnsureAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
            Assert.Equal(["ExamplesSearch"], rebuilt);
        }

        Assert.Equal(["Lärchenholzsteg"], (await SearchAsync(portal, "laerchenholz")).Titles);
    }

    private static Task<SearchResultsPage> SearchAsync(PortalFactory portal, string query) =>
        SearchResultsPage.LoadAsync(portal.CreateClient(), query);

    private static async Task<long> CountIndexedAsync(PortalFactory portal, string term)
    {
        await using var connection = new SqliteConnection($"{portal.ConnectionString};Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM ExamplesSearch WHERE ExamplesSearch MATCH $term";
        count.Parameters.AddWithValue("$term", $"\"{term}\"");
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
