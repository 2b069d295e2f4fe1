using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Search;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Search;

namespace SozialProduziert.Web.Services;

/// <summary>
/// The site-wide search: one folded, umlaut-insensitive text query (every term must occur) over the public
/// Praxisbeispiele, Sozialbetriebe, offers and partners (<see cref="SearchSources"/>), answered as groups of at most
/// ten hits with a count that stops at <see cref="CountCap"/>. Hits with a term in their title come first, then the
/// others, each newest first: relevance, then what is new, without sorting every match.
/// </summary>
public sealed class SearchService(AppDbContext db, TimeProvider clock, MarkdownRenderer markdown)
{
    public const int GroupSize = 10;

    /// <summary>A group counts this many matches at most; beyond, the page says "mehr als 100".</summary>
    public const int CountCap = 100;

    public async Task<SearchPageViewModel> SearchAsync(string? rawQuery, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Normalize(rawQuery);
        if (query.Length == 0)
        {
            return new SearchPageViewModel();
        }

        var terms = TextSearch.Terms(query);
        if (terms.Count == 0)
        {
            // Every word shorter than two characters: searching would match everything, so don't.
            return new SearchPageViewModel { Query = query, IsTooShort = true };
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var sources = SearchSources.All;
        var matches = db.Database.IsSqlite()
            ? await (await SqliteSearch.CreateAsync(db, terms, now, cancellationToken)).RankAsync(sources, cancellationToken)
            : await SearchRanking.RankAsync(db, sources, query, terms, now, cancellationToken);
        var hits = await SearchHits.ReadAsync(db, sources, matches, markdown, cancellationToken);
        return new SearchPageViewModel { Query = query, Groups = sources.Select((s, i) => Group(s, matches[i], hits[i], query)).ToList() };
    }

    private static SearchGroupViewModel Group(SearchSource source, GroupMatches matches, IReadOnlyList<SearchHitViewModel> hits, string query)
    {
        var count = Math.Min(matches.Count, CountCap);
        var isOverCap = matches.Count > CountCap;
        return new SearchGroupViewModel
        {
            Key = source.Key,
            Heading = source.Heading,
            Count = count,
            IsOverCap = isOverCap,
            Hits = hits,
            AllLink = source.UnfilteredListLabel is { } label
                ? new LinkViewModel(label, source.ListPath)
                : new LinkViewModel(
                    isOverCap ? $"Mehr als {CountCap} Treffer in {source.Heading}" : $"Alle {count} Treffer in {source.Heading}",
                    $"{source.ListPath}?q={Uri.EscapeDataString(query)}"),
        };
    }
}
