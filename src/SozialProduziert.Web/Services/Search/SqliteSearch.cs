using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;

namespace SozialProduziert.Web.Services.Search;

/// <summary>
/// Counts and ranks the matches of every group on SQLite, driven by the word indexes (<see cref="SqliteWordIndex"/>),
/// or by the trigram indexes (<see cref="SqliteSearchIndex"/>) when a term is inside too many words
/// (<see cref="SqliteWordMatch"/>). Both answer the same question, every term inside a word of the item.
/// An index hands out its matches newest first (it holds each item under its negated id, and FTS5 consumes
/// <c>ORDER BY f.rowid</c>), so a statement that reads
/// the newest <see cref="SearchService.CountCap"/> + 1 visible matches stops there instead of reading and sorting
/// thousands. That one statement per group gives the capped count and, with a flag for title hits, the ranking; only a
/// capped group with fewer than ten title hits among its newest matches asks the title index for its newest title
/// hits. The statements of all groups run as one command (<see cref="SearchCommand"/>), without EF's per-query cost.
/// </summary>
public sealed class SqliteSearch
{
    private readonly DbContext _db;
    private readonly IReadOnlyList<string> _terms;
    private readonly DateTime _now;
    private readonly List<string> _lookedUp;
    private readonly bool _hasShortTerms;

    // The index the looked-up terms are matched in (of a content table), and the FTS5 query for it.
    private readonly Func<string, string> _matchIndex;
    private readonly string _match;

    // SQL over the row c, the same in every statement: whether a term is in the title, whether every term is in the
    // search text, and the terms too short for the index, each term as its parameter @t0, @t1, ….
    private readonly string _inTitle;
    private readonly string _allInText;
    private readonly string _shortTermsInText;

    private SqliteSearch(DbContext db, IReadOnlyList<string> terms, DateTime now, List<string> lookedUp, string? wordMatch)
    {
        _db = db;
        _terms = terms;
        _now = now;
        _lookedUp = lookedUp;
        _matchIndex = wordMatch is null ? SqliteSearchIndex.TextIndex : SqliteWordIndex.Index;
        _match = wordMatch ?? SqliteSearchIndex.Match(lookedUp, "AND");
        var shortTerms = Enumerable.Range(0, terms.Count).Where(i => !SqliteSearchIndex.CanLookUp(terms[i])).ToList();
        _hasShortTerms = shortTerms.Count > 0;
        _inTitle = "(" + string.Join(" OR ", terms.Select((_, i) => $"instr(c.\"SortName\", @t{i}) > 0")) + ")";
        _allInText = string.Join(" AND ", terms.Select((_, i) => InText(i)));
        _shortTermsInText = string.Concat(shortTerms.Select(i => " AND " + InText(i)));
    }

    /// <param name="db">A context on SQLite.</param>
    /// <param name="terms">The folded terms of the query (<see cref="Catalog.TextSearch.Terms"/>), at least one.</param>
    /// <param name="now">The moment the visibility rule compares with.</param>
    /// <param name="cancellationToken">Cancels the vocabulary lookup.</param>
    public static async Task<SqliteSearch> CreateAsync(DbContext db, IReadOnlyList<string> terms, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);

        // Terms of three characters or more are looked up in an index; shorter ones are substring tests on the row.
        var lookedUp = terms.Where(SqliteSearchIndex.CanLookUp).ToList();
        var wordMatch = lookedUp.Count > 0 ? await SqliteWordMatch.BuildAsync(db, lookedUp, cancellationToken) : null;
        return new SqliteSearch(db, terms, now, lookedUp, wordMatch);
    }

    public async Task<IReadOnlyList<GroupMatches>> RankAsync(IReadOnlyList<SearchSource> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var newest = await ReadAsync(sources.Select(NewestMatches), cancellationToken);

        // The title hits among the newest matches are the newest title hits of all: every one of them unless the count
        // was capped, and enough once there are ten. Otherwise the index is asked for the newest title hits themselves.
        var titleHits = newest.Select(rows => rows.Where(r => r.InTitle).Select(r => r.Id).ToList()).ToList();
        var unsure = Enumerable.Range(0, sources.Count)
            .Where(i => newest[i].Count > SearchService.CountCap && titleHits[i].Count < SearchService.GroupSize)
            .ToList();
        if (unsure.Count > 0)
        {
            var newestTitleHits = await ReadAsync(unsure.Select(i => TitleMatches(sources[i])), cancellationToken);
            for (var k = 0; k < unsure.Count; k++)
            {
                titleHits[unsure[k]] = newestTitleHits[k].Select(r => r.Id).ToList();
            }
        }

        // Title hits first, then the newest of the other matches.
        return newest.Select((rows, i) => new GroupMatches(
                rows.Count,
                titleHits[i].Concat(rows.Where(r => !r.InTitle).Select(r => r.Id)).Take(SearchService.GroupSize).ToList()))
            .ToList();
    }

    /// <summary>The newest CountCap + 1 visible matches, each with whether a term occurs in its title.</summary>
    private string NewestMatches(SearchSource source) =>
        $"""
        SELECT c."Id", {_inTitle} FROM {From(source)}
        WHERE {Where(source)}
        ORDER BY {Newest()} LIMIT {SearchService.CountCap + 1}
        """;

    /// <summary>
    /// The newest visible matches with a term in their title. The title index finds them, and the row's search text
    /// confirms the other terms; a term too short for the index can only be found by reading the newest matches until
    /// enough titles hold a term.
    /// </summary>
    private string TitleMatches(SearchSource source) =>
        _hasShortTerms
            ? $"""
              SELECT c."Id", 1 FROM {From(source)}
              WHERE {Where(source)} AND {_inTitle}
              ORDER BY {Newest()} LIMIT {SearchService.GroupSize}
              """
            : $"""
              SELECT c."Id", 1 FROM "{SqliteSearchIndex.TitleIndex(source.Table)}" t JOIN "{source.Table}" c ON c."Id" = -t.rowid
              WHERE t."{SqliteSearchIndex.TitleIndex(source.Table)}" MATCH @titleMatch AND {source.Visibility} AND {_allInText}
              ORDER BY t.rowid LIMIT {SearchService.GroupSize}
              """;

    // A match's visibility and title test read the narrow filter index instead of the row, which is only read when a
    // short term must be found in its search text (SqliteSearchIndex explains why that saves reading the file).
    // Without an indexed term, the rows are read newest first until enough match; NOT INDEXED keeps SQLite from
    // fetching every visible row through the visibility index and sorting them (90 ms instead of 1 ms for "pc").
    private string From(SearchSource source) =>
        _lookedUp.Count > 0
            ? $"\"{_matchIndex(source.Table)}\" f JOIN \"{source.Table}\" c{(_hasShortTerms ? "" : $" INDEXED BY \"{SqliteSearchIndex.FilterIndex(source.Table)}\"")} ON c.\"Id\" = -f.rowid"
            : $"\"{source.Table}\" c NOT INDEXED";

    private string Where(SearchSource source) =>
        (_lookedUp.Count > 0 ? $"f.\"{_matchIndex(source.Table)}\" MATCH @match AND " : "") + source.Visibility + _shortTermsInText;

    // The index's rowid (the negated id), not c."Id": ordering by the joined table's column makes SQLite sort every match.
    private string Newest() => _lookedUp.Count > 0 ? "f.rowid" : "c.\"Id\" DESC";

    private static string InText(int term) => $"instr(c.\"SearchText\", @t{term}) > 0";

    /// <summary>Runs the statements as one command; the rows of each, in order.</summary>
    private async Task<List<List<(int Id, bool InTitle)>>> ReadAsync(IEnumerable<string> statements, CancellationToken cancellationToken)
    {
        List<DbParameter> parameters = [new SqliteParameter("@now", _now)];
        if (_lookedUp.Count > 0)
        {
            parameters.Add(new SqliteParameter("@match", _match));
            parameters.Add(new SqliteParameter("@titleMatch", SqliteSearchIndex.Match(_lookedUp, "OR")));
        }

        parameters.AddRange(_terms.Select((term, i) => new SqliteParameter("@t" + i, term)));

        var results = new List<List<(int, bool)>>();
        await using var command = await SearchCommand.ExecuteReaderAsync(_db, string.Join(";\n", statements), parameters, cancellationToken);
        var reader = command.DbDataReader;
        do
        {
            var rows = new List<(int, bool)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt32(0), reader.GetBoolean(1)));
            }

            results.Add(rows);
        }
        while (await reader.NextResultAsync(cancellationToken));

        return results;
    }
}
