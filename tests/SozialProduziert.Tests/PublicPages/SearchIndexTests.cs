using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Admin;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

using static SozialProduziert.Tests.PublicPages.SearchIndexDatabase;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>The SQLite trigram indexes behind search stay current with every change and are rebuilt when missing or outdated.</summary>
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
        Assert.Equal(0, await CountIndexedAsync(portal, "ExamplesTitles", "zirben"));
        Assert.Equal(1, await CountIndexedAsync(portal, "ExamplesTitles", "eichenholz"));

        await portal.WithDbAsync(async db => db.Remove(await db.Examples.FindAsync(id) ?? throw new InvalidOperationException()));
        Assert.Empty((await SearchAsync(portal, "eichenholz")).Titles);
        Assert.Equal(0, await CountIndexedAsync(portal, "ExamplesSearch", "eichenholz"));
        Assert.Equal(0, await CountIndexedAsync(portal, "ExamplesTitles", "eichenholz"));
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
        await using (var connection = await portal.OpenConnectionPastTheAppAsync())
        {
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

    [Fact]
    public async Task A_query_of_short_terms_only_is_answered_from_the_rows_title_hits_first()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("IT-Geräte").WithTeaser("Aus Holz").WithBody("Kurz.").Build()));
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Laptops").WithTeaser("IT für Schulen").WithBody("Kurz.").Build()));
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Taschen").WithTeaser("Aus Holz").WithBody("Kurz.").Build()));

        var page = await SearchAsync(portal, "IT");

        Assert.Equal(["IT-Geräte", "Laptops"], page.Titles);
    }

    [Fact]
    public async Task A_database_from_before_the_title_indexes_gets_them_at_start()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("Stiegengeländer").WithTeaser("Aus Lärchenholz.").Build(),
            new ExampleBuilder().Titled("Lärchenholzsteg").Build()));
        string[] titleIndexes = ["ExamplesTitles", "SocialEnterprisesTitles", "OffersTitles", "PartnersTitles"];
        await ExecuteAsync(portal, string.Concat(titleIndexes.Select(index =>
            $"DROP TRIGGER {index}_Insert; DROP TRIGGER {index}_Delete; DROP TRIGGER {index}_Update; DROP TABLE {index};")));

        Assert.Equal(titleIndexes.Order(), (await EnsureAsync(portal)).Order());
        Assert.Empty(await EnsureAsync(portal));

        Assert.Equal(["Lärchenholzsteg", "Stiegengeländer"], (await SearchAsync(portal, "laerchenholz")).Titles);
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Lärchenholzbank").Build()));
        Assert.Equal(["Lärchenholzbank", "Lärchenholzsteg", "Stiegengeländer"], (await SearchAsync(portal, "laerchenholz")).Titles);
        Assert.Equal(2, await CountIndexedAsync(portal, "ExamplesTitles", "laerchenholz"));
    }

    [Fact]
    public async Task An_index_of_another_definition_is_dropped_and_built_again_at_start()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Lärchenholzsteg").Build()));
        await ExecuteAsync(portal, """
            DROP TRIGGER ExamplesSearch_Insert; DROP TRIGGER ExamplesSearch_Delete; DROP TRIGGER ExamplesSearch_Update; DROP TABLE ExamplesSearch;
            CREATE VIRTUAL TABLE "ExamplesSearch" USING fts5("SortName", "SearchText", content='Examples', content_rowid='Id', tokenize='trigram');
            CREATE TRIGGER "ExamplesSearch_Insert" AFTER INSERT ON "Examples" BEGIN
                INSERT INTO "ExamplesSearch"(rowid, "SortName", "SearchText") VALUES (new."Id", new."SortName", new."SearchText");
            END;
            CREATE TRIGGER "ExamplesSearch_Delete" AFTER DELETE ON "Examples" BEGIN
                INSERT INTO "ExamplesSearch"("ExamplesSearch", rowid, "SortName", "SearchText") VALUES ('delete', old."Id", old."SortName", old."SearchText");
            END;
            CREATE TRIGGER "ExamplesSearch_Update" AFTER UPDATE OF "SearchText" ON "Examples" BEGIN
                INSERT INTO "ExamplesSearch"("ExamplesSearch", rowid, "SortName", "SearchText") VALUES ('delete', old."Id", old."SortName", old."SearchText");
                INSERT INTO "ExamplesSearch"(rowid, "SortName", "SearchText") VALUES (new."Id", new."SortName", new."SearchText");
            END;
            """);

        Assert.Equal(["ExamplesSearch"], await EnsureAsync(portal));

        Assert.Equal(["Lärchenholzsteg"], (await SearchAsync(portal, "laerchenholz")).Titles);
        Assert.Equal(1, await CountIndexedAsync(portal, "ExamplesSearch", "laerchenholz"));
    }

    [Fact]
    public async Task A_missing_search_filter_index_is_built_again_at_start()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Lärchenholzsteg").Build()));
        await ExecuteAsync(portal, "DROP INDEX ExamplesSearchFilter; DROP INDEX OffersSearchFilter;");

        Assert.Equal(["ExamplesSearchFilter", "OffersSearchFilter"], await EnsureAsync(portal));
        Assert.Empty(await EnsureAsync(portal));

        Assert.Equal(["Lärchenholzsteg"], (await SearchAsync(portal, "laerchenholz")).Titles);
    }

    [Fact]
    public async Task A_search_tests_visibility_and_titles_in_the_filter_indexes_without_reading_the_rows()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await QueryCountCatalog.AddRoundAsync(portal, 2);
        using var counter = new SqlCommandCounter(portal.DatabasePath);

        var page = await SearchAsync(portal, "Werkbank");

        var search = RankingCommand(counter);
        var plan = (await QueryPlan.ExplainAsync(portal, search)).Select(step => step.Detail).ToList();
        // Each group's statement looks up its matches in its own filter index, and the offers' statement also their
        // Sozialbetriebe in theirs; a column of the rule or the title missing from an index would read the row.
        string[] lookups =
        [
            "SEARCH c USING COVERING INDEX ExamplesSearchFilter",
            "SEARCH c USING COVERING INDEX SocialEnterprisesSearchFilter",
            "SEARCH c USING COVERING INDEX OffersSearchFilter",
            "SEARCH s EXISTS USING COVERING INDEX SocialEnterprisesSearchFilter",
            "SEARCH c USING COVERING INDEX PartnersSearchFilter",
        ];
        Assert.Equal(lookups, plan.Where(line => line.StartsWith("SEARCH", StringComparison.Ordinal)).Select(line => line.Split(" (")[0]));
        // The indexes hand out the newest matches first (negated ids, walked forwards): nothing is sorted.
        Assert.DoesNotContain(plan, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.NotEmpty(page.Titles);
    }

    private static async Task<long> CountIndexedAsync(PortalFactory portal, string index, string term)
    {
        await using var connection = await portal.OpenConnectionPastTheAppAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*) FROM {index} WHERE {index} MATCH $term";
        count.Parameters.AddWithValue("$term", $"\"{term}\"");
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
