using System.Net;
using System.Text.RegularExpressions;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.Performance;

/// <summary>Stylesheet and fonts are fingerprinted, cached for a year, and the stylesheet comes precompressed.</summary>
public partial class StaticAssetTests
{
    private const string OneYearImmutable = "max-age=31536000, immutable";

    [Fact]
    public async Task The_layout_links_the_stylesheet_by_its_fingerprint_and_it_is_cached_for_a_year()
    {
        await using var portal = new PortalFactory();
        var client = portal.AsPublished().CreateClient();

        var href = await StylesheetAsync(client);
        using var stylesheet = await client.GetAsync(href);

        Assert.Matches(@"^/css/site\.[a-z0-9]{10}\.css$", href);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Equal(OneYearImmutable, stylesheet.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Every_font_the_stylesheet_uses_is_fingerprinted_and_cached_for_a_year()
    {
        await using var portal = new PortalFactory();
        var client = portal.AsPublished().CreateClient();
        var css = await client.GetStringAsync(await StylesheetAsync(client));

        var fonts = FontUrls(css);

        Assert.NotEmpty(fonts);
        foreach (var font in fonts)
        {
            using var response = await client.GetAsync(font);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{font} answered {(int)response.StatusCode}: update its fingerprinted name in site.css");
            Assert.Equal("font/woff2", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(OneYearImmutable, response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task The_stylesheet_is_served_precompressed()
    {
        await using var portal = new PortalFactory();
        var client = portal.AsPublished().CreateClient();
        var href = await StylesheetAsync(client);
        var plain = await client.GetStringAsync(href);

        using var gzip = await client.GetEncodedAsync(href, "gzip");

        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        var body = await gzip.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length < plain.Length / 2, $"{body.Length} bytes compressed, {plain.Length} plain");
        Assert.Equal(plain, Compression.Decode(gzip, body));
    }

    /// <summary>The stylesheet the public layout links, as the browser would request it.</summary>
    internal static async Task<string> StylesheetAsync(HttpClient client)
    {
        var home = await client.OpenAsync("/");
        return home.Document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href")
            ?? throw new InvalidOperationException("The home page links no stylesheet.");
    }

    /// <summary>The absolute paths of the fonts a stylesheet under /css/ refers to, with their style.</summary>
    internal static IReadOnlyList<string> FontUrls(string css, bool uprightOnly = false) =>
        FontFacePattern().Matches(css)
            .Where(face => !uprightOnly || !face.Value.Contains("font-style: italic", StringComparison.Ordinal))
            .Select(face => FontUrlPattern().Match(face.Value).Groups["url"].Value)
            .Select(url => new Uri(new Uri("http://localhost/css/"), url).AbsolutePath)
            .ToList();

    [GeneratedRegex(@"@font-face\s*\{[^}]*\}")]
    private static partial Regex FontFacePattern();

    [GeneratedRegex("""url\("?(?<url>[^")]+\.woff2)"?\)""")]
    private static partial Regex FontUrlPattern();
}
