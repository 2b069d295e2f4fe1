using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data;

/// <summary>
/// On SQLite, the search's faster way to a term: an FTS5 index of whole words per content table ("ExamplesWords") and
/// one vocabulary of every word in any search text ("SearchWords", with a trigram index of its own). A term is found
/// inside words ("holz" in "altholz"), so the search first looks the term up in the vocabulary, then the items that
/// hold one of those words in the word index (<see cref="Services.Search.SqliteWordMatch"/>). The trigram index of the
/// search text answers the same question, but walks a list per trigram, nine for "hocker altholz", most of them long;
/// the word index walks one short list per word, and holds no positions (<c>detail=none</c>).
/// The tokenizer splits exactly where <see cref="SearchWords"/> does, so its tokens are the words of the search text,
/// also in texts stored before the search text kept each word once. The word index's triggers add the words of every
/// new search text to the vocabulary; words of changed or deleted items stay there, which costs nothing but a word
/// that leads to no item. Created, checked and rebuilt with the other indexes (<see cref="SqliteSearchIndex"/>).
/// </summary>
public static class SqliteWordIndex
{
    /// <summary>The vocabulary: every word of every search text, once.</summary>
    public const string Vocabulary = "SearchWords";

    /// <summary>The trigram index of the vocabulary, which finds the words that contain a term.</summary>
    public const string VocabularyIndex = "SearchWordsTrigrams";

    /// <summary>
    /// unicode61 with every character a token character (<c>categories</c>) except the control characters, and the
    /// blanks and punctuation of <see cref="SearchWords.Punctuation"/> as separators: the tokens are the words.
    /// </summary>
    public static readonly string Options =
        $"content='', detail=none, tokenize=\"unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Z* Co Cf Cn Cs' separators '{SearchWords.Punctuation.Replace("\"", "\"\"", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}'\"";

    /// <summary>The word index of a content table, e.g. "OffersWords" for "Offers".</summary>
    public static string Index(string table) => table + "Words";

    /// <summary>
    /// SQL for a trigger: adds the words of <paramref name="searchText"/>, a search text of single-blank separated
    /// words (<see cref="SearchWords.SearchText"/>), to the vocabulary. The words become a JSON array: they hold no
    /// quote and no control character, and a backslash is escaped.
    /// </summary>
    public static string AddWords(string searchText) =>
        $"""
        INSERT OR IGNORE INTO "{Vocabulary}"("Word")
            SELECT value FROM json_each('["' || replace(replace({searchText}, '\', '\\'), ' ', '","') || '"]') WHERE value <> '';
        """;

    /// <summary>The vocabulary's table, its trigram index and the trigger that keeps the index current, by name.</summary>
    public static Dictionary<string, string> VocabularyDefinition() =>
        new(StringComparer.Ordinal)
        {
            [Vocabulary] = $"""CREATE TABLE "{Vocabulary}" ("Word" TEXT NOT NULL UNIQUE)""",
            [VocabularyIndex] = $"""CREATE VIRTUAL TABLE "{VocabularyIndex}" USING fts5("Word", content='', tokenize='trigram')""",
            [VocabularyIndex + "_Insert"] = $"""
                CREATE TRIGGER "{VocabularyIndex}_Insert" AFTER INSERT ON "{Vocabulary}" BEGIN
                    INSERT INTO "{VocabularyIndex}"(rowid, "Word") VALUES (new.rowid, new."Word");
                END
                """,
        };

    /// <summary>Drops the vocabulary and its index, for <see cref="SqliteSearchIndex"/> to create them again.</summary>
    public static string DropVocabulary() =>
        $"""
        DROP TRIGGER IF EXISTS "{VocabularyIndex}_Insert";
        DROP TABLE IF EXISTS "{VocabularyIndex}";
        DROP TABLE IF EXISTS "{Vocabulary}";
        """;

    /// <summary>
    /// Adds every word of the content tables' search texts to the vocabulary, split here because texts stored before
    /// the search text kept each word once are not split at blanks alone.
    /// </summary>
    public static async Task FillVocabularyAsync(DbContext db, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // Names come from the EF model, never from input.
#pragma warning disable EF1002
            await foreach (var text in db.Database.SqlQueryRaw<string>($"SELECT \"SearchText\" AS \"Value\" FROM \"{table}\"").AsAsyncEnumerable().WithCancellation(cancellationToken))
#pragma warning restore EF1002
            {
                words.UnionWith(SearchWords.Of(text));
            }
        }

        // One statement: the words as one JSON array parameter.
        await db.Database.ExecuteSqlRawAsync(
            $$"""
            INSERT OR IGNORE INTO "{{Vocabulary}}"("Word") SELECT value FROM json_each({0});
            INSERT INTO "{{VocabularyIndex}}"("{{VocabularyIndex}}") VALUES ('optimize');
            """,
            [JsonSerializer.Serialize(words)],
            cancellationToken);
    }
}
