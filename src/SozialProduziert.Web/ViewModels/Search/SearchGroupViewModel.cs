using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.ViewModels.Search;

/// <summary>The hits of one kind of content (e.g. Praxisbeispiele): the best few, the count, and where to see all.</summary>
public sealed class SearchGroupViewModel
{
    /// <summary>Stable key for the section's id, e.g. "praxisbeispiele".</summary>
    public required string Key { get; init; }

    public required string Heading { get; init; }

    /// <summary>The matches, counted up to <see cref="Services.SearchService.CountCap"/>.</summary>
    public required int Count { get; init; }

    /// <summary>True when more items matched than <see cref="Count"/>: counting stopped at the cap.</summary>
    public bool IsOverCap { get; init; }

    public required IReadOnlyList<SearchHitViewModel> Hits { get; init; }

    /// <summary>The list page showing all hits of this group (or the whole list where it has no text filter).</summary>
    public required LinkViewModel AllLink { get; init; }

    /// <summary>"Die ersten 10 von 12 Treffern", "Die ersten 10 von mehr als 100 Treffern", "3 Treffer", "1 Treffer".</summary>
    public string CountLine =>
        IsOverCap ? $"Die ersten {Hits.Count} von mehr als {Count} Treffern"
        : Count > Hits.Count ? $"Die ersten {Hits.Count} von {Count} Treffern"
        : Count == 1 ? "1 Treffer"
        : $"{Count} Treffer";
}
