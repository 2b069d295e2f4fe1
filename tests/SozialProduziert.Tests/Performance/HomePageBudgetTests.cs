using SozialProduziert.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SozialProduziert.Tests.Performance;

/// <summary>
/// The home page with the demo content transfers under 60 KB before images: the compressed HTML, the compressed
/// stylesheet, the favicon and the upright font faces the stylesheet declares (regular, semibold, bold: what
/// Chromium loads for the home page; the italic face loads only where italic text is shown).
/// </summary>
public class HomePageBudgetTests(ITestOutputHelper output)
{
    private const int Budget = 60 * 1024;

    [Fact]
    public async Task The_home_page_transfers_under_60_KB_before_images()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        var client = portal.AsPublished().CreateClient();
        var stylesheet = await StaticAssetTests.StylesheetAsync(client);
        var css = await client.GetStringAsync(stylesheet);
        var home = await client.OpenAsync("/");
        var favicon = home.Document.QuerySelector("link[rel=icon]")?.GetAttribute("href") ?? "/favicon.svg";

        var parts = new List<(string Url, long Bytes)>
        {
            ("/", await TransferredAsync(client, "/", "br")),
            (stylesheet, await TransferredAsync(client, stylesheet, "br, gzip")),
            (favicon, await TransferredAsync(client, favicon, "br, gzip")),
        };
        foreach (var font in StaticAssetTests.FontUrls(css, uprightOnly: true))
        {
            parts.Add((font, await TransferredAsync(client, font, "br, gzip")));
        }

        parts.ForEach(p => output.WriteLine($"{p.Bytes,7} {p.Url}"));
        var total = parts.Sum(p => p.Bytes);
        output.WriteLine($"{total,7} in all (budget {Budget})");
        Assert.Equal(3, parts.Count(p => p.Url.EndsWith(".woff2", StringComparison.Ordinal)));
        Assert.True(total < Budget, $"The home page transfers {total} bytes before images; the budget is {Budget}.");
    }

    private static async Task<long> TransferredAsync(HttpClient client, string url, string encodings)
    {
        using var response = await client.GetEncodedAsync(url, encodings);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }
}
