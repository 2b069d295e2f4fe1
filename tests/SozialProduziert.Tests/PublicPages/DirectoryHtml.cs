using System.Net;
using System.Text.RegularExpressions;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>Reads what the directory pages render: the h1, and which items the cards link to.</summary>
public static partial class DirectoryHtml
{
    public static string H1(string html)
    {
        var matches = H1Pattern().Matches(html);
        Assert.Single(matches);
        return WebUtility.HtmlDecode(TagPattern().Replace(matches[0].Groups["text"].Value, "")).Trim();
    }

    /// <summary>The slugs the card titles link to under <paramref name="section"/> ("sozialbetriebe", "angebote"), in page order.</summary>
    public static IReadOnlyList<string> CardSlugs(string html, string section) =>
        CardTitlePattern().Matches(html)
            .Where(m => m.Groups["section"].Value == section)
            .Select(m => m.Groups["slug"].Value)
            .ToList();

    public static async Task<string> GetHtmlAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<h1[^>]*>(?<text>.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex H1Pattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("""class="card__title"><a href="/(?<section>[a-z]+)/(?<slug>[a-z0-9-]+)">""")]
    private static partial Regex CardTitlePattern();
}
