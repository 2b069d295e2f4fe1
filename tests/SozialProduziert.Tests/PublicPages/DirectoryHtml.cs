using System.Text.RegularExpressions;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>Which items the cards of a directory page link to; see <see cref="PageHtml"/> for headings and links.</summary>
internal static partial class DirectoryHtml
{
    /// <summary>The slugs the card titles link to under <paramref name="section"/> ("sozialbetriebe", "angebote"), in page order.</summary>
    public static IReadOnlyList<string> CardSlugs(string html, string section) =>
        CardTitlePattern().Matches(html)
            .Where(m => m.Groups["section"].Value == section)
            .Select(m => m.Groups["slug"].Value)
            .ToList();

    [GeneratedRegex("""class="card__title"><a href="/(?<section>[a-z]+)/(?<slug>[a-z0-9-]+)">""")]
    private static partial Regex CardTitlePattern();
}
