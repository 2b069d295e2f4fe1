using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Search;

/// <summary>The id and title (or name) of one item that matched; all the ranking needs.</summary>
public sealed record SearchCandidate(int Id, string Title);

/// <summary>How many items matched, and the ids of the best ones in the order they are shown.</summary>
public sealed record RankedIds(int Total, List<int> Ids)
{
    public IEnumerable<T> InOrder<T>(IEnumerable<T> items, Func<T, int> id)
    {
        var byId = items.ToDictionary(id);
        return Ids.Where(byId.ContainsKey).Select(i => byId[i]);
    }
}

/// <summary>
/// Ranks matches simply: items whose title holds more of the query's terms come first, then by title.
/// The title is folded in memory with <see cref="GermanText.Fold"/>, because neither SQLite's nor SQL Server's
/// LOWER knows that "Ü" is "ue"; only the narrow (id, title) pairs of the matches travel for that.
/// </summary>
public static class SearchRanking
{
    public static async Task<RankedIds> TopAsync<T>(
        IQueryable<T> matches,
        Expression<Func<T, SearchCandidate>> candidate,
        IReadOnlyList<string> terms,
        int take,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var candidates = await matches.Select(candidate).ToListAsync(cancellationToken);
        var top = candidates
            .Select(c => (c.Id, Title: GermanText.Fold(c.Title)))
            .OrderByDescending(c => terms.Count(t => c.Title.Contains(t, StringComparison.Ordinal)))
            .ThenBy(c => c.Title, StringComparer.Ordinal)
            .ThenBy(c => c.Id)
            .Take(take)
            .Select(c => c.Id)
            .ToList();
        return new RankedIds(candidates.Count, top);
    }
}
