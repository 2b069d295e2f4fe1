using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Data;

/// <summary>
/// On SQLite, trigram full-text indexes (FTS5) of the publicly searched content types, kept current by triggers: one
/// over the folded search text ("ExamplesSearch") and one over the folded title, <see cref="PublishableContent.SortName"/>
/// ("ExamplesTitles"). Trigrams answer the same question as the plain substring test (every term occurs somewhere,
/// "holz" also in "bauholz"), but from an index instead of reading every row. The titles have an index of their own
/// because FTS5 keeps one list of documents per trigram for all columns of a table: a title column beside the search
/// text would make "which titles hold hocker" read every search text's list for it (0.6 ms for a Sozialbetrieb group
/// that has no such title; 0.02 ms from the small title index). Terms shorter than three characters, and SQL Server,
/// use the substring test (<see cref="Services.Catalog.TextSearch"/>). Beside them, each content table has an index of
/// its whole words, which the search page asks first (<see cref="SqliteWordIndex"/>); it is defined, checked and rebuilt
/// here with the others.
/// The indexes are contentless (<c>content=''</c>: the triggers hand them the text) and hold each item under its
/// negated id, so that the newest items come first when FTS5 walks its lists forwards: walking them backwards for
/// <c>ORDER BY rowid DESC</c> made a two-word search's statements a third slower (docs/performance.md). Whoever joins
/// an index to its table negates the row id (<c>c."Id" = -f.rowid</c>).
/// Beside them, each content table has a narrow covering index for the search ("ExamplesSearchFilter", see
/// <see cref="FilterIndex"/>): what a match's visibility and title test read, so that the search does not read the row
/// itself. A row with a long text spans overflow pages, which SQLite reads from the file on every visit, past its page
/// cache: on the benchmark data a search made about 700 read calls to the operating system, with this index three,
/// and needed a third less processor time (docs/performance.md).
/// The indexes live outside the EF model, so <see cref="EnsureAsync"/> creates them at start-up, and drops and rebuilds
/// one when it or one of its triggers is missing (e.g. after a migration rebuilt a table) or differs from the current
/// definition (e.g. a database from before the title index).
/// </summary>
public static class SqliteSearchIndex
{
    private static readonly Type[] Indexed = [typeof(BestPracticeExample), typeof(SocialEnterprise), typeof(Offer), typeof(Partner)];

    /// <summary>The search-text index for <typeparamref name="T"/>, or null when there is none (not SQLite, or a type not indexed).</summary>
    public static string? TableFor<T>(DbContext db)
        where T : PublishableContent =>
        db is not null && db.Database.IsSqlite() && Indexed.Contains(typeof(T)) ? TextIndex(ContentTable(db, typeof(T))) : null;

    /// <summary>The index of a content table's folded search text, e.g. "OffersSearch" for "Offers".</summary>
    public static string TextIndex(string table) => table + "Search";

    /// <summary>The index of a content table's folded titles, e.g. "OffersTitles" for "Offers".</summary>
    public static string TitleIndex(string table) => table + "Titles";

    /// <summary>
    /// The covering index of a content table's search filter, e.g. "OffersSearchFilter": its id, the columns of
    /// <see cref="PublicQueries.IsVisible{T}"/> and the folded title (and an offer's Sozialbetrieb).
    /// </summary>
    public static string FilterIndex(string table) => table + "SearchFilter";

    /// <summary>True when the indexes can look the term up: trigrams need at least three characters.</summary>
    public static bool CanLookUp(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.EnumerateRunes().Skip(2).Any();
    }

    /// <summary>
    /// An FTS5 query joining the terms with AND or OR, e.g. <c>"hocker" AND "altholz"</c>. Each term is a quoted string,
    /// so nothing in it is read as query syntax.
    /// </summary>
    public static string Match(IEnumerable<string> terms, string op)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return string.Join($" {op} ", terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    /// <summary>Creates what is missing or outdated and fills it from the content table, merged into one segment.</summary>
    public static async Task<IReadOnlyList<string>> EnsureAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rebuilt = new List<string>();
        if (!db.Database.IsSqlite())
        {
            return rebuilt;
        }

        var stored = await StoredAsync(db, cancellationToken);
        var vocabulary = SqliteWordIndex.VocabularyDefinition();
        if (!IsCurrent(stored, vocabulary))
        {
            // Fixed names, never input.
#pragma warning disable EF1003
            await db.Database.ExecuteSqlRawAsync(SqliteWordIndex.DropVocabulary() + string.Join(";\n", vocabulary.Values), cancellationToken);
#pragma warning restore EF1003
            rebuilt.Add(SqliteWordIndex.Vocabulary);
        }

        foreach (var (index, table, column, wanted) in Indexes(db))
        {
            if (IsCurrent(stored, wanted))
            {
                continue;
            }

            // Names come from the EF model, never from input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync(
                $"""
                DROP TRIGGER IF EXISTS "{index}_Insert";
                DROP TRIGGER IF EXISTS "{index}_Delete";
                DROP TRIGGER IF EXISTS "{index}_Update";
                DROP TABLE IF EXISTS "{index}";
                {string.Join(";\n", wanted.Values)};
                INSERT INTO "{index}"(rowid, "{column}") SELECT -"Id", "{column}" FROM "{table}";
                INSERT INTO "{index}"("{index}") VALUES ('optimize');
                """,
                cancellationToken);
#pragma warning restore EF1002
            rebuilt.Add(index);
        }

        // A new vocabulary is empty, and a rebuilt word index may hold words its missing trigger never added.
        var tables = Indexed.Select(type => ContentTable(db, type)).ToList();
        if (rebuilt.Contains(SqliteWordIndex.Vocabulary) || tables.Any(table => rebuilt.Contains(SqliteWordIndex.Index(table))))
        {
            await SqliteWordIndex.FillVocabularyAsync(db, tables, cancellationToken);
        }

        foreach (var type in Indexed)
        {
            var table = ContentTable(db, type);
            var (index, wanted) = (FilterIndex(table), FilterDefinition(type, table));
            if (stored.GetValueOrDefault(index) == wanted)
            {
                continue;
            }

#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"DROP INDEX IF EXISTS \"{index}\"; {wanted};", cancellationToken);
#pragma warning restore EF1002
            rebuilt.Add(index);
        }

        return rebuilt;
    }

    /// <summary>
    /// Merges each index into one segment. Every insert through the triggers adds a small segment, and a query reads
    /// all of them: on the benchmark data, merged indexes answered a two-word search in 1.5 instead of 2.1 ms.
    /// </summary>
    public static async Task OptimizeAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return;
        }

#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync(
            string.Concat(Indexes(db).Select(i => i.Index).Append(SqliteWordIndex.VocabularyIndex).Select(index => $"INSERT INTO \"{index}\"(\"{index}\") VALUES ('optimize');\n")),
            cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>Every full-text index of a content table, with its definition (<see cref="Definition"/>).</summary>
    private static IEnumerable<(string Index, string Table, string Column, Dictionary<string, string> Definition)> Indexes(DbContext db) =>
        Indexed.Select(type => ContentTable(db, type)).SelectMany(table => new[]
        {
            (TextIndex(table), table, "SearchText", Definition(TextIndex(table), table, "SearchText", Trigrams)),
            (TitleIndex(table), table, "SortName", Definition(TitleIndex(table), table, "SortName", Trigrams)),
            (SqliteWordIndex.Index(table), table, "SearchText",
                Definition(SqliteWordIndex.Index(table), table, "SearchText", SqliteWordIndex.Options, SqliteWordIndex.AddWords)),
        });

    private const string Trigrams = "content='', tokenize='trigram'";

    /// <summary>
    /// The FTS table and its three triggers, by name, as SQLite keeps them in <c>sqlite_master.sql</c> (which stores a
    /// CREATE statement as it was written, so comparing the text finds any older definition). A word index's triggers
    /// also add the new text's words to the vocabulary (<paramref name="alsoOnNewText"/>).
    /// </summary>
    private static Dictionary<string, string> Definition(
        string index, string table, string column, string options, Func<string, string>? alsoOnNewText = null) =>
        new(StringComparer.Ordinal)
        {
            [index] = $"""CREATE VIRTUAL TABLE "{index}" USING fts5("{column}", {options})""",
            [index + "_Insert"] = $"""
                CREATE TRIGGER "{index}_Insert" AFTER INSERT ON "{table}" BEGIN
                    INSERT INTO "{index}"(rowid, "{column}") VALUES (-new."Id", new."{column}");{AlsoOn(alsoOnNewText, column)}
                END
                """,
            [index + "_Delete"] = $"""
                CREATE TRIGGER "{index}_Delete" AFTER DELETE ON "{table}" BEGIN
                    INSERT INTO "{index}"("{index}", rowid, "{column}") VALUES ('delete', -old."Id", old."{column}");
                END
                """,
            [index + "_Update"] = $"""
                CREATE TRIGGER "{index}_Update" AFTER UPDATE OF "{column}" ON "{table}" BEGIN
                    INSERT INTO "{index}"("{index}", rowid, "{column}") VALUES ('delete', -old."Id", old."{column}");
                    INSERT INTO "{index}"(rowid, "{column}") VALUES (-new."Id", new."{column}");{AlsoOn(alsoOnNewText, column)}
                END
                """,
        };

    private static string AlsoOn(Func<string, string>? alsoOnNewText, string column) =>
        alsoOnNewText is null ? "" : "\n" + alsoOnNewText($"new.\"{column}\"");

    // The Sozialbetrieb's id lets an offer's search check that its Sozialbetrieb is public without reading the offer.
    private static string FilterDefinition(Type type, string table) =>
        $"CREATE INDEX \"{FilterIndex(table)}\" ON \"{table}\" (\"Id\", {(type == typeof(Offer) ? "\"SocialEnterpriseId\", " : "")}\"State\", \"DeletedAt\", \"PublishAt\", \"SortName\")";

    private static bool IsCurrent(Dictionary<string, string?> stored, Dictionary<string, string> wanted) =>
        wanted.All(o => stored.TryGetValue(o.Key, out var sql) && sql == o.Value);

    /// <summary>Every table, index and trigger of the database with the statement that created it.</summary>
    private static async Task<Dictionary<string, string?>> StoredAsync(DbContext db, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<StoredObject>($"SELECT name AS \"Name\", sql AS \"Sql\" FROM sqlite_master").ToListAsync(cancellationToken))
        .ToDictionary(o => o.Name, o => o.Sql, StringComparer.Ordinal);

    private static string ContentTable(DbContext db, Type type) =>
        db.Model.FindEntityType(type)?.GetTableName() ?? throw new InvalidOperationException($"{type.Name} is not mapped.");

    private sealed record StoredObject(string Name, string? Sql);
}
