using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Catalog;

/// <summary>Matches the folded search text of content items: every word of the query must occur.</summary>
public static class TextSearch
{
    public const int MaxTerms = 8;

    /// <summary>
    /// The words of a query (<see cref="SearchWords"/>), each once. Control characters separate words: nobody types
    /// them, and a NUL inside a term would end the string early in SQLite's full-text query parser.
    /// </summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        SearchWords.Of(GermanText.Fold(query))
            .Where(t => t.Length >= 2)
            .Take(MaxTerms)
            .ToList();

    /// <summary>
    /// Where the database has a trigram index for <typeparamref name="T"/> (<see cref="SqliteSearchIndex"/>), terms of
    /// three or more characters are looked up there; shorter ones, and every term elsewhere, by the substring test.
    /// </summary>
    public static IQueryable<T> MatchingText<T>(this IQueryable<T> query, AppDbContext db, string? text)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(db);
        var terms = Terms(text);
        if (SqliteSearchIndex.TableFor<T>(db) is { } index && terms.Where(SqliteSearchIndex.CanLookUp).ToList() is { Count: > 0 } indexed)
        {
            // Each term a quoted phrase of its trigrams; all must match. The index holds each item under its negated id.
            // The table name comes from the model.
            var match = SqliteSearchIndex.Match(indexed, "AND");
#pragma warning disable EF1002
            var ids = db.Database.SqlQueryRaw<int>($"SELECT -rowid AS \"Value\" FROM \"{index}\" WHERE \"{index}\" MATCH {{0}}", match);
#pragma warning restore EF1002
            query = query.Where(item => ids.Contains(item.Id));
            terms = terms.Where(t => !SqliteSearchIndex.CanLookUp(t)).ToList();
        }

        foreach (var term in terms)
        {
            query = query.Where(item => item.SearchText.Contains(term));
        }

        return query;
    }

    /// <summary>The plain substring test on every term, for lists where an index does not matter (the staff area).</summary>
    public static IQueryable<T> MatchingText<T>(this IQueryable<T> query, string? text)
        where T : PublishableContent
    {
        foreach (var term in Terms(text))
        {
            query = query.Where(item => item.SearchText.Contains(term));
        }

        return query;
    }
}
