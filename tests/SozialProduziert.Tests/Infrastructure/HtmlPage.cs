using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>A fetched page: its status, raw HTML and parsed document, for assertions on what a visitor sees.</summary>
public sealed record HtmlPage(HttpStatusCode Status, string Html, IDocument Document)
{
    private static readonly HtmlParser Parser = new();

    public string H1 => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    /// <summary>The titles of the cards in the main content, in page order.</summary>
    public IReadOnlyList<string> CardTitles =>
        Document.QuerySelectorAll("main .card__title").Select(e => e.TextContent.Trim()).ToList();

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(url);
        return From(await response.Content.ReadAsStringAsync(), response.StatusCode);
    }

    public static HtmlPage From(string html, HttpStatusCode status = HttpStatusCode.OK) => new(status, html, Parser.ParseDocument(html));
}

public static class HtmlPageExtensions
{
    public static Task<HtmlPage> OpenAsync(this HttpClient client, string url) => HtmlPage.GetAsync(client, url);
}
