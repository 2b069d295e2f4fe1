using System.Globalization;

namespace SozialProduziert.Web.ViewModels.Search;

/// <summary>The search page: the query as it was understood, and the hits grouped by kind of content.</summary>
public sealed class SearchPageViewModel
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-AT");

    /// <summary>The normalised query (trimmed, cut to 100 characters); empty when nothing was searched.</summary>
    public string Query { get; init; } = "";

    /// <summary>True when the query has text but no word of at least two characters, so nothing was searched.</summary>
    public bool IsTooShort { get; init; }

    public IReadOnlyList<SearchGroupViewModel> Groups { get; init; } = [];

    public bool HasQuery => Query.Length > 0;

    public bool HasSearched => HasQuery && !IsTooShort;

    /// <summary>The groups' counts added up (only meaningful while no group stopped counting at the cap).</summary>
    public int Count => Groups.Sum(g => g.Count);

    public bool IsOverCap => Groups.Any(g => g.IsOverCap);

    /// <summary>"Keine Treffer", "12 Treffer", or "Mehr als 100 Treffer" when a group stopped counting at the cap.</summary>
    public string CountLabel =>
        IsOverCap ? $"Mehr als {Services.SearchService.CountCap} Treffer"
        : Count == 0 ? "Keine Treffer"
        : $"{Count.ToString(German)} Treffer";
}
