using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>Small readers for the rendered HTML of public pages; enough to assert headings, links and text.</summary>
internal static partial class PageHtml
{
    /// <summary>A client that reports redirects instead of following them, so tests can see 301s.</summary>
    public static HttpClient CreateNonRedirectingClient(this PortalFactory portal) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>GETs a page, asserts 200 and returns its HTML.</summary>
    public static async Task<string> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}.");
        return html;
    }

    public static async Task<HttpStatusCode> StatusOfAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>The text of the page's only h1; fails if there is not exactly one.</summary>
    public static string H1(string html)
    {
        var match = Assert.Single(H1Pattern().Matches(html));
        return Text(match.Groups[1].Value);
    }

    /// <summary>The texts of all links to paths starting with <paramref name="prefix"/>, in document order.</summary>
    public static IReadOnlyList<string> LinkTexts(string html, string prefix) =>
        LinkPattern().Matches(html)
            .Where(m => WebUtility.HtmlDecode(m.Groups[1].Value).StartsWith(prefix, StringComparison.Ordinal))
            .Select(m => Text(m.Groups[2].Value))
            .ToList();

    /// <summary>The main content only, so navigation and footer links never satisfy an assertion by accident.</summary>
    public static string MainContent(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The page has no <main> element.");
        return html[start..end];
    }

    /// <summary>Markup stripped and entities decoded, whitespace collapsed.</summary>
    public static string Text(string html) =>
        WhitespacePattern().Replace(WebUtility.HtmlDecode(TagPattern().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1Pattern();

    [GeneratedRegex("<a [^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
