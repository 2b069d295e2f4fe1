using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Admin;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Search;

using static SozialProduziert.Tests.PublicPages.SearchIndexDatabase;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>
/// The search finds its terms through the vocabulary and the word indexes (<see cref="SqliteWordIndex"/>), still inside
/// words, and falls back to the trigram index for a term inside too many words.
/// </summary>
public class WordIndexTests
{
    [Fact]
    public async Task A_term_is_found_inside_words_through_the_vocabulary_and_the_word_index()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("Barhocker aus Altholz").WithTeaser("Sitzmöbel.").Build(),
            new ExampleBuilder().Titled("Hockerl").WithTeaser("Aus Altholzbrettern.").Build(),
            new ExampleBuilder().Titled("Bank aus Altholz").WithTeaser("Ohne Lehne.").Build(),
            new OfferBuilder().Titled("Gartenhocker").WithDescription("Aus Lärchen-Altholz, geölt.").Build()));
        using var counter = new SqlCommandCounter(portal.DatabasePath);

        var page = await SearchAsync(portal, "Hocker altholz");

        Assert.Equal(["Barhocker aus Altholz", "Hockerl"], page.TitlesIn("praxisbeispiele").Order());
        Assert.Equal(["Gartenhocker"], page.TitlesIn("angebote"));
        var ranking = RankingCommand(counter);
        Assert.Contains("\"ExamplesWords\" f", ranking.Sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ExamplesSearch\" f", ranking.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_are_what_lies_between_blanks_and_punctuation_and_nothing_else_splits_them()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("C++-Kurs").WithTeaser("Für Lehrlinge.").Build(),
            new ExampleBuilder().Titled("Kurs in C").WithTeaser("Für Lehrlinge.").Build(),
            new ExampleBuilder().Titled("Wäsche").WithTeaser("Pfad C:\\Wäsche\\neu, fertig.").Build()));

        Assert.Equal(["C++-Kurs"], (await SearchAsync(portal, "c++")).Titles);
        Assert.Equal(["Wäsche"], (await SearchAsync(portal, "waesche\\neu")).Titles);
        Assert.Equal(["Wäsche"], (await SearchAsync(portal, "neu fertig")).Titles);
        Assert.Equal(["C++-Kurs", "Kurs in C"], (await SearchAsync(portal, "lehrlinge.kurs")).Titles.Order());
    }

    [Fact]
    public async Task A_term_inside_more_words_than_the_limit_is_matched_in_the_trigram_index_with_the_same_result()
    {
        await using var portal = new PortalFactory { PageCache = false };
        var words = string.Join(' ', Enumerable.Range(1, SqliteWordMatch.MaxWordsPerTerm).Select(i => $"quarz{i}"));
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("Sandkiste").WithTeaser(words).Build(),
            new ExampleBuilder().Titled("Glas").WithTeaser("Aus Quarzsand.").Build()));
        using var counter = new SqlCommandCounter(portal.DatabasePath);

        // 32 words of the Sandkiste and "quarzsand" are 33: too many.
        var page = await SearchAsync(portal, "quarz");

        Assert.Equal(["Glas", "Sandkiste"], page.Titles.Order());
        var ranking = RankingCommand(counter);
        Assert.Contains("\"ExamplesSearch\" f", ranking.Sql, StringComparison.Ordinal);

        // One word fewer, and the word index answers.
        await portal.WithDbAsync(async db => db.Remove(await db.Examples.SingleAsync(e => e.Title == "Glas")));
        await ExecuteAsync(portal, "DELETE FROM SearchWords WHERE Word = 'quarzsand'");
        counter.Reset();
        Assert.Equal(["Sandkiste"], (await SearchAsync(portal, "quarz")).Titles);
        Assert.Contains("\"ExamplesWords\" f", RankingCommand(counter).Sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_term_in_no_word_finds_nothing()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Hocker").Build()));

        Assert.Empty((await SearchAsync(portal, "zeppelin hocker")).Titles);
        Assert.Equal(["Hocker"], (await SearchAsync(portal, "hocker")).Titles);
    }

    [Fact]
    public async Task New_and_edited_texts_add_their_words_to_the_vocabulary()
    {
        await using var portal = new PortalFactory { PageCache = false };
        var id = await portal.CreateWithEditorAsync(_ => new ExampleBuilder().Titled("Zirbenholzbett").WithTeaser("Aus C:\\Holz").Build());
        Assert.Contains("zirbenholzbett", await VocabularyAsync(portal));
        Assert.Contains("c:\\holz", await VocabularyAsync(portal));

        await portal.EditWithEditorAsync<BestPracticeExample>(id, (_, example) =>
        {
            example.Title = "Eichenholzbett";
            return Task.CompletedTask;
        });

        Assert.Contains("eichenholzbett", await VocabularyAsync(portal));
        Assert.Equal(["Eichenholzbett"], (await SearchAsync(portal, "eichen")).Titles);
        Assert.Empty((await SearchAsync(portal, "zirben")).Titles);
    }

    [Fact]
    public async Task A_database_from_before_the_word_indexes_gets_them_and_its_vocabulary_at_start()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Lärchenholzsteg").Build()));
        string[] wordIndexes = ["ExamplesWords", "SocialEnterprisesWords", "OffersWords", "PartnersWords"];
        // As it was stored before: the whole folded text, punctuation and repeated words included.
        await ExecuteAsync(portal, string.Concat(wordIndexes.Select(index =>
                $"DROP TRIGGER {index}_Insert; DROP TRIGGER {index}_Delete; DROP TRIGGER {index}_Update; DROP TABLE {index};"))
            + "DROP TABLE SearchWordsTrigrams; DROP TABLE SearchWords;"
            + "UPDATE Examples SET SearchText = 'laerchenholzsteg, ein steg.' || char(10) || 'steg aus holz/stahl';");

        Assert.Equal(wordIndexes.Append("SearchWords").Order(), (await EnsureAsync(portal)).Order());
        Assert.Empty(await EnsureAsync(portal));

        Assert.Equal(["aus", "ein", "holz", "laerchenholzsteg", "stahl", "steg"], (await VocabularyAsync(portal)).Order());
        Assert.Equal(["Lärchenholzsteg"], (await SearchAsync(portal, "holzsteg")).Titles);
        Assert.Equal(["Lärchenholzsteg"], (await SearchAsync(portal, "stahl steg")).Titles);
    }

    private static async Task<List<string>> VocabularyAsync(PortalFactory portal)
    {
        await using var connection = await portal.OpenConnectionPastTheAppAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Word FROM SearchWords";
        var words = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            words.Add(reader.GetString(0));
        }

        return words;
    }
}
