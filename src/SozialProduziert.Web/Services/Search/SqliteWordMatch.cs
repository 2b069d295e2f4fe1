using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Web.Services.Search;

/// <summary>
/// The FTS5 query of a search for the word indexes (<see cref="SqliteWordIndex"/>): each term becomes the words of the
/// vocabulary that contain it, e.g. <c>("hocker" OR "barhocker") AND ("altholz")</c>. One command looks all terms up.
/// </summary>
public static class SqliteWordMatch
{
    /// <summary>
    /// A term found in more words than this is looked up in the trigram index instead: FTS5 steps through the lists of
    /// all of a term's words together, and on the benchmark data 32 common words cost about what the trigram lists of
    /// two words cost (docs/performance.md, "Word index").
    /// </summary>
    public const int MaxWordsPerTerm = 32;

    /// <param name="terms">Folded terms of three characters or more (<see cref="SqliteSearchIndex.CanLookUp"/>), at least one.</param>
    /// <returns>The query, or null when a term is in more than <see cref="MaxWordsPerTerm"/> words.</returns>
    public static async Task<string?> BuildAsync(DbContext db, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var sql = string.Join(";\n", terms.Select((_, i) =>
            $"""
            SELECT v."Word" FROM "{SqliteWordIndex.VocabularyIndex}" t JOIN "{SqliteWordIndex.Vocabulary}" v ON v.rowid = t.rowid
            WHERE t."{SqliteWordIndex.VocabularyIndex}" MATCH @w{i} LIMIT {MaxWordsPerTerm + 1}
            """));
        List<DbParameter> parameters = [.. terms.Select((term, i) => new SqliteParameter("@w" + i, SqliteSearchIndex.Match([term], "")))];

        var alternatives = new List<string>();
        await using var command = await SearchCommand.ExecuteReaderAsync(db, sql, parameters, cancellationToken);
        var reader = command.DbDataReader;
        foreach (var term in terms)
        {
            var words = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                words.Add(reader.GetString(0));
            }

            if (words.Count > MaxWordsPerTerm)
            {
                return null;
            }

            // A term in no word is in no item; the word index answers its own spelling with nothing, and quickly.
            alternatives.Add("(" + SqliteSearchIndex.Match(words.Count > 0 ? words : [term], "OR") + ")");
            await reader.NextResultAsync(cancellationToken);
        }

        return string.Join(" AND ", alternatives);
    }
}
