using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SozialProduziert.Tests.Infrastructure;

/// <summary>A fetched page: its status, raw HTML and parsed document, for assertions on what a visitor sees.</summary>
public sealed partial record HtmlPage(HttpStatusCode Status, string Html, IDocument Document)
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The text of the first h1, or "" when there is none.</summary>
    public string H1 => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    /// <summary>The text of the page's only h1; fails if there is not exactly one.</summary>
    public string OnlyH1 => Collapse(Assert.Single(Document.QuerySelectorAll("h1")).TextContent);

    /// <summary>The titles of the cards in the main content, in page order.</summary>
    public IReadOnlyList<string> CardTitles =>
        Document.QuerySelectorAll("main .card__title").Select(e => e.TextContent.Trim()).ToList();

    /// <summary>The main element; fails when the page has none.</summary>
    public IElement Main => Document.QuerySelector("main") ?? throw new InvalidOperationException("The page has no <main> element.");

    /// <summary>The main content's markup only, so navigation and footer never satisfy an assertion by accident.</summary>
    public string MainHtml => Main.InnerHtml;

    /// <summary>The visible text of the main content, whitespace collapsed.</summary>
    public string MainText => Collapse(Main.TextContent);

    /// <summary>The text of the whole page, whitespace collapsed.</summary>
    public string Text => Collapse(Document.Body?.TextContent ?? "");

    /// <summary>The texts of the links in the main content to paths starting with <paramref name="prefix"/>, in document order.</summary>
    public IReadOnlyList<string> MainLinkTexts(string prefix) =>
        Main.QuerySelectorAll("a[href]").Where(a => a.GetAttribute("href")!.StartsWith(prefix, StringComparison.Ordinal)).Select(a => Collapse(a.TextContent)).ToList();

    /// <summary>The slugs the card titles link to under <paramref name="section"/> ("sozialbetriebe", "angebote"), in page order.</summary>
    public IReadOnlyList<string> CardSlugs(string section) =>
        Document.QuerySelectorAll(".card__title > a[href]").Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith($"/{section}/", StringComparison.Ordinal))
            .Select(href => href[(section.Length + 2)..])
            .ToList();

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(url);
        return From(await response.Content.ReadAsStringAsync(), response.StatusCode);
    }

    public static HtmlPage From(string html, HttpStatusCode status = HttpStatusCode.OK) => new(status, html, Parser.ParseDocument(html));

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

public static class HtmlPageExtensions
{
    public static Task<HtmlPage> OpenAsync(this HttpClient client, string url) => HtmlPage.GetAsync(client, url);

    /// <summary>Opens a page and fails unless it answered 200.</summary>
    public static async Task<HtmlPage> OpenOkAsync(this HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {url} answered {(int)page.Status}.");
        return page;
    }

    /// <summary>
    /// Whether the output cache answered: it sends an Age header, a freshly rendered page has none. Fails unless the
    /// page answered 200.
    /// </summary>
    public static async Task<bool> IsServedFromCacheAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}.");
        return response.Headers.Age is not null;
    }

    public static async Task<HttpStatusCode> StatusOfAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>A client that reports redirects instead of following them, so tests can see 301s.</summary>
    public static HttpClient CreateNonRedirectingClient(this PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }
}
