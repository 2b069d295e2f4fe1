using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.ViewModels.Search;

namespace SozialProduziert.Web.Services.Search;

/// <summary>
/// Reads the hits to show of every group in one command: each group's <see cref="SearchSource.Details"/> for its ids.
/// Plain SQL, the same on SQLite and SQL Server.
/// </summary>
public static class SearchHits
{
    public static async Task<IReadOnlyList<IReadOnlyList<SearchHitViewModel>>> ReadAsync(
        DbContext db, IReadOnlyList<SearchSource> sources, IReadOnlyList<GroupMatches> matches, MarkdownRenderer markdown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(matches);
        var hits = sources.Select(_ => new Dictionary<int, SearchHitViewModel>()).ToList();
        var shown = Enumerable.Range(0, sources.Count).Where(i => matches[i].Ids.Count > 0).ToList();
        if (shown.Count > 0)
        {
            var sql = string.Join(";\n", shown.Select(i => $"{sources[i].Details} WHERE c.\"Id\" IN ({Ids(matches[i].Ids)})"));
            await using var command = await SearchCommand.ExecuteReaderAsync(db, sql, [], cancellationToken);
            var reader = command.DbDataReader;
            foreach (var i in shown)
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    hits[i][reader.GetInt32(0)] = sources[i].ReadHit(reader, markdown);
                }

                await reader.NextResultAsync(cancellationToken);
            }
        }

        // In the ranked order; an item deleted in between is left out.
        return matches.Select((m, i) => (IReadOnlyList<SearchHitViewModel>)m.Ids.Where(hits[i].ContainsKey).Select(id => hits[i][id]).ToList()).ToList();
    }

    /// <summary>
    /// The ids as SQL numbers. They are integers the database itself returned, never text from the visitor; as
    /// parameters, SQLite looked each of the forty names up in each of the four statements.
    /// </summary>
    private static string Ids(IReadOnlyList<int> ids) => string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
