using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Search;

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
/// Ranks matches simply: items whose title holds more of the query's terms come first, then by title. Both run in
/// the database over the folded title (<see cref="PublishableContent.SortName"/>), so a frequent word matching
/// thousands of items loads ten ids and a count, not every match.
/// </summary>
public static class SearchRanking
{
    public static async Task<RankedIds> TopAsync<T>(IQueryable<T> matches, IReadOnlyList<string> terms, int take, CancellationToken cancellationToken)
        where T : PublishableContent
    {
        ArgumentNullException.ThrowIfNull(terms);
        var total = await matches.CountAsync(cancellationToken);
        var top = total == 0 ? [] : await matches
            .OrderByDescending(TitleHits<T>(terms))
            .ThenBy(item => item.SortName)
            .ThenBy(item => item.Id)
            .Take(take)
            .Select(item => item.Id)
            .ToListAsync(cancellationToken);
        return new RankedIds(total, top);
    }

    /// <summary>item => (SortName contains term1 ? 1 : 0) + (SortName contains term2 ? 1 : 0) + …, each term a query parameter.</summary>
    private static Expression<Func<T, int>> TitleHits<T>(IReadOnlyList<string> terms)
        where T : PublishableContent
    {
        var item = Expression.Parameter(typeof(T), "item");
        Expression sum = Expression.Constant(0);
        foreach (var term in terms)
        {
            Expression<Func<T, int>> hit = candidate => candidate.SortName.Contains(term) ? 1 : 0;
            sum = Expression.Add(sum, new ReplaceParameter(hit.Parameters[0], item).Visit(hit.Body));
        }

        return Expression.Lambda<Func<T, int>>(sum, item);
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
