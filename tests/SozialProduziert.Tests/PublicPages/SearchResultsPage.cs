using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>The search page as a visitor's browser sees it: parsed, so assertions read groups and hits, not strings.</summary>
public sealed class SearchResultsPage
{
    private SearchResultsPage(string html, IDocument document)
    {
        Html = html;
        Document = document;
    }

    public string Html { get; }

    public IDocument Document { get; }

    public string? Status => Document.QuerySelector("main .results-count")?.TextContent.Trim();

    public string? InputValue => Document.QuerySelector("main input[name=q]")?.GetAttribute("value");

    /// <summary>Titles of all hits on the page, in page order.</summary>
    public IReadOnlyList<string> Titles => Document.QuerySelectorAll(".search-hit__title a").Select(a => a.TextContent.Trim()).ToList();

    public static async Task<SearchResultsPage> LoadAsync(HttpClient client, string query)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri("/suche?q=" + Uri.EscapeDataString(query), UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return new SearchResultsPage(html, new HtmlParser().ParseDocument(html));
    }

    /// <summary>The section of one group, e.g. "praxisbeispiele"; null when the group had no hits.</summary>
    public IElement? Group(string key) => Document.QuerySelector($"section[aria-labelledby='treffer-{key}']");

    public IReadOnlyList<string> TitlesIn(string key) =>
        Group(key)?.QuerySelectorAll(".search-hit__title a").Select(a => a.TextContent.Trim()).ToList() ?? [];

    public IReadOnlyList<string> LinksIn(string key) =>
        Group(key)?.QuerySelectorAll(".search-hit__title a").Select(a => a.GetAttribute("href") ?? "").ToList() ?? [];
}
