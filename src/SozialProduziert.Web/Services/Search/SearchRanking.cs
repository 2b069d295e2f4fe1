using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;

namespace SozialProduziert.Web.Services.Search;

/// <summary>
/// How many visible items matched, counted up to <see cref="SearchService.CountCap"/> + 1 (more than the cap says
/// "more than 100"), and the ids of the ones to show, best first.
/// </summary>
public sealed record GroupMatches(int Count, IReadOnlyList<int> Ids);

/// <summary>
/// The search's counting and ranking in LINQ, for a database without the trigram index (SQL Server), with the same
/// rule as <see cref="SqliteSearch"/>: count at most CountCap + 1 matches; items with a term in their folded title
/// (<see cref="PublishableContent.SortName"/>) first, then the rest, each newest first (by id).
/// </summary>
public static class SearchRanking
{
    public static async Task<IReadOnlyList<GroupMatches>> RankAsync(
        AppDbContext db, IReadOnlyList<SearchSource> sources, string query, IReadOnlyList<string> terms, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var results = new List<GroupMatches>();
        foreach (var source in sources)
        {
            results.Add(await RankAsync(source.Visible(db, now).MatchingText(query), terms, cancellationToken));
        }

        return results;
    }

    public static async Task<GroupMatches> RankAsync(IQueryable<PublishableContent> matches, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var count = await matches.Take(SearchService.CountCap + 1).CountAsync(cancellationToken);
        var ids = count == 0 ? [] : await matches
            .OrderByDescending(InTitle(terms))
            .ThenByDescending(item => item.Id)
            .Take(SearchService.GroupSize)
            .Select(item => item.Id)
            .ToListAsync(cancellationToken);
        return new GroupMatches(count, ids);
    }

    /// <summary>item => item.SortName.Contains(term1) || item.SortName.Contains(term2) || …, each term a query parameter.</summary>
    private static Expression<Func<PublishableContent, bool>> InTitle(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var item = Expression.Parameter(typeof(PublishableContent), "item");
        Expression any = Expression.Constant(false);
        foreach (var term in terms)
        {
            Expression<Func<PublishableContent, bool>> hit = candidate => candidate.SortName.Contains(term);
            any = Expression.OrElse(any, new ReplaceParameter(hit.Parameters[0], item).Visit(hit.Body));
        }

        return Expression.Lambda<Func<PublishableContent, bool>>(any, item);
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
