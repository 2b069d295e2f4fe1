using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Catalog;

/// <summary>Matches the folded search text of content items: every word of the query must occur.</summary>
public static class TextSearch
{
    public const int MaxTerms = 8;

    public static IReadOnlyList<string> Terms(string? query) =>
        GermanText.Fold(query)
            .Split([' ', '\t', ',', ';', '.', '-', '/', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t.Length >= 2)
            .Distinct()
            .Take(MaxTerms)
            .ToList();

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
