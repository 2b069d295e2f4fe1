using Microsoft.EntityFrameworkCore;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Catalog;
using SozialProduziert.Web.Services.Search;
using SozialProduziert.Web.ViewModels.Common;
using SozialProduziert.Web.ViewModels.Search;

namespace SozialProduziert.Web.Services;

/// <summary>
/// The site-wide search: one folded, umlaut-insensitive text query (every term must occur) over the public
/// Praxisbeispiele, Sozialbetriebe, offers and partners, answered as capped groups with their full counts.
/// </summary>
public sealed class SearchService(AppDbContext db, TimeProvider clock, MarkdownRenderer markdown)
{
    public const int GroupSize = 10;

    private const int SummaryLength = 220;

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
        return new SearchPageViewModel
        {
            Query = query,
            Groups =
            [
                await ExamplesAsync(query, terms, now, cancellationToken),
                await EnterprisesAsync(query, terms, now, cancellationToken),
                await OffersAsync(query, terms, now, cancellationToken),
                await PartnersAsync(query, terms, now, cancellationToken),
            ],
        };
    }

    private async Task<SearchGroupViewModel> ExamplesAsync(string query, IReadOnlyList<string> terms, DateTime now, CancellationToken cancellationToken)
    {
        var matches = db.Examples.AsNoTracking().PubliclyVisible(now).MatchingText(db, query);
        var ranked = await SearchRanking.TopAsync(matches, terms, GroupSize, cancellationToken);
        var rows = await db.Examples.AsNoTracking().Where(e => ranked.Ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Slug, e.Title, e.Teaser, e.OutputType, e.YearFrom, e.YearTo, e.IsOngoing })
            .ToListAsync(cancellationToken);
        var hits = ranked.InOrder(rows, r => r.Id).Select(r => new SearchHitViewModel(
            r.Title, "/praxisbeispiele/" + r.Slug, Facts(r.OutputType.Label(), YearLabel.Format(r.YearFrom, r.YearTo, r.IsOngoing)), r.Teaser));
        return Group("praxisbeispiele", "Praxisbeispiele", ranked, hits, FilteredList("/praxisbeispiele", query, ranked.Total, "Praxisbeispiele"));
    }

    private async Task<SearchGroupViewModel> EnterprisesAsync(string query, IReadOnlyList<string> terms, DateTime now, CancellationToken cancellationToken)
    {
        var matches = db.SocialEnterprises.AsNoTracking().PubliclyVisible(now).MatchingText(db, query);
        var ranked = await SearchRanking.TopAsync(matches, terms, GroupSize, cancellationToken);
        var rows = await db.SocialEnterprises.AsNoTracking().Where(s => ranked.Ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Slug, s.Name, s.Teaser, s.Segment, Place = s.Town ?? s.District!.Name })
            .ToListAsync(cancellationToken);
        var hits = ranked.InOrder(rows, r => r.Id).Select(r => new SearchHitViewModel(
            r.Name, "/sozialbetriebe/" + r.Slug, Facts(r.Segment.Label(), r.Place), r.Teaser));
        return Group("sozialbetriebe", "Sozialbetriebe", ranked, hits, FilteredList("/sozialbetriebe", query, ranked.Total, "Sozialbetriebe"));
    }

    private async Task<SearchGroupViewModel> OffersAsync(string query, IReadOnlyList<string> terms, DateTime now, CancellationToken cancellationToken)
    {
        var matches = db.Offers.AsNoTracking().PubliclyVisibleOffers(db.SocialEnterprises, now).MatchingText(db, query);
        var ranked = await SearchRanking.TopAsync(matches, terms, GroupSize, cancellationToken);
        var rows = await db.Offers.AsNoTracking().Where(o => ranked.Ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Slug, o.Title, o.DescriptionMarkdown, o.Kind, Field = o.FieldOfWork!.Name, Enterprise = o.SocialEnterprise!.Name })
            .ToListAsync(cancellationToken);
        var hits = ranked.InOrder(rows, r => r.Id).Select(r => new SearchHitViewModel(
            r.Title, "/angebote/" + r.Slug, Facts(r.Kind.Label(), r.Field, "von " + r.Enterprise), Excerpt(markdown.ToPlainText(r.DescriptionMarkdown))));
        return Group("angebote", "Angebote", ranked, hits, FilteredList("/angebote", query, ranked.Total, "Angebote"));
    }

    private async Task<SearchGroupViewModel> PartnersAsync(string query, IReadOnlyList<string> terms, DateTime now, CancellationToken cancellationToken)
    {
        var matches = db.Partners.AsNoTracking().PubliclyVisible(now).MatchingText(db, query);
        var ranked = await SearchRanking.TopAsync(matches, terms, GroupSize, cancellationToken);
        var rows = await db.Partners.AsNoTracking().Where(p => ranked.Ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Slug, p.Name, p.Teaser, p.Kind, p.Sector, District = p.District!.Name })
            .ToListAsync(cancellationToken);
        var hits = ranked.InOrder(rows, r => r.Id).Select(r => new SearchHitViewModel(
            r.Name, "/auslage/" + r.Slug, Facts(r.Kind.Label(), r.Sector, r.District), r.Teaser));

        // The showcase list has no text filter, so this link cannot promise the hits; it names the list instead.
        return Group("partner", "Partner", ranked, hits, new LinkViewModel("Alle Partner in der virtuellen Auslage", "/auslage"));
    }

    private static SearchGroupViewModel Group(string key, string heading, RankedIds ranked, IEnumerable<SearchHitViewModel> hits, LinkViewModel allLink) =>
        new() { Key = key, Heading = heading, TotalCount = ranked.Total, Hits = hits.ToList(), AllLink = allLink };

    private static LinkViewModel FilteredList(string path, string query, int total, string heading) =>
        new($"Alle {total} Treffer in {heading}", $"{path}?q={Uri.EscapeDataString(query)}");

    private static string Facts(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Excerpt(string plainText)
    {
        var text = string.Join(' ', plainText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= SummaryLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SummaryLength);
        return string.Concat(text.AsSpan(0, cut > SummaryLength / 2 ? cut : SummaryLength), " …");
    }
}
