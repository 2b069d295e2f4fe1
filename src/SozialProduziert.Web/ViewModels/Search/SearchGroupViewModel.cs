using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Search;

/// <summary>The hits of one kind of content (e.g. Praxisbeispiele): the best few, the full count, and where to see all.</summary>
public sealed class SearchGroupViewModel
{
    /// <summary>Stable key for the section's id, e.g. "praxisbeispiele".</summary>
    public required string Key { get; init; }

    public required string Heading { get; init; }

    public required int TotalCount { get; init; }

    public required IReadOnlyList<SearchHitViewModel> Hits { get; init; }

    /// <summary>The list page showing all hits of this group (or the whole list where it has no text filter).</summary>
    public required LinkViewModel AllLink { get; init; }

    public bool IsCapped => TotalCount > Hits.Count;
}
