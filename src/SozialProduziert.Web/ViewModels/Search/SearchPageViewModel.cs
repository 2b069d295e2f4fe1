namespace SozialProduziert.Web.ViewModels.Search;

/// <summary>The search page: the query as it was understood, and the hits grouped by kind of content.</summary>
public sealed class SearchPageViewModel
{
    /// <summary>The normalised query (trimmed, cut to 100 characters); empty when nothing was searched.</summary>
    public string Query { get; init; } = "";

    /// <summary>True when the query has text but no word of at least two characters, so nothing was searched.</summary>
    public bool IsTooShort { get; init; }

    public IReadOnlyList<SearchGroupViewModel> Groups { get; init; } = [];

    public bool HasQuery => Query.Length > 0;

    public bool HasSearched => HasQuery && !IsTooShort;

    public int TotalCount => Groups.Sum(g => g.TotalCount);
}
