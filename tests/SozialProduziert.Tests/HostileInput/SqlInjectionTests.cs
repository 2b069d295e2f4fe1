using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.HostileInput;

/// <summary>
/// SQL injection strings in every filter and search parameter: the page answers normally, finds only what literally
/// matches (here: nothing), and the database is unchanged afterwards.
/// </summary>
public class SqlInjectionTests
{
    public static TheoryData<string> Injections =>
    [
        "' OR '1'='1",
        "' OR 1=1 --",
        "\" OR \"\"=\"",
        "1 OR 1=1",
        "') OR ('a'='a",
        "'; DROP TABLE Examples; --",
        "1; DELETE FROM SocialEnterprises",
        "' UNION SELECT Email, PasswordHash FROM AspNetUsers --",
        "%' OR '%'='",
        "admin'--",
        "1' AND SLEEP(5) --",
        "' || (SELECT sqlite_version()) || '",
        "\\'; SELECT 1; --",
        "`; SELECT * FROM Pages; --",
    ];

    /// <summary>
    /// Filters that are no well-formed value are ignored, and text is matched word by word as literal text: with the
    /// injection in every parameter a list shows exactly what a plain text search for it shows (or, without a text
    /// parameter, the unfiltered list) at most - never more, as "OR 1=1" would if it reached SQL.
    /// </summary>
    [Theory]
    [MemberData(nameof(Injections))]
    public async Task Injection_strings_in_every_filter_and_search_parameter_find_only_literal_matches_and_change_nothing(string injection)
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo) { PageCache = false };
        var before = await CountsAsync(portal);
        var client = portal.CreateClient();
        var literal = "?q=" + Uri.EscapeDataString(injection);

        foreach (var route in new[] { "/praxisbeispiele", "/sozialbetriebe", "/angebote", "/auslage" })
        {
            var injected = await client.OpenAsync(PublicRoutes.WithEveryParameter(route, injection));
            var expected = await client.OpenAsync(route + (PublicRoutes.QueryParameters[route].Contains("q") ? literal : ""));
            Assert.True(injected.Status == HttpStatusCode.OK, $"{route} answered {(int)injected.Status}.");
            Assert.True(Count(injected) <= Count(expected), $"{route}: {Count(injected)} with the injection everywhere, {Count(expected)} for the literal text search.");
        }

        var search = await client.OpenAsync("/suche" + literal);
        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.Equal(before, await CountsAsync(portal));
    }

    [Theory]
    [InlineData("' UNION SELECT Email, PasswordHash FROM AspNetUsers --")]
    [InlineData("'; DROP TABLE Examples; --")]
    [InlineData("' OR 'zzqx'='zzqx")]
    [InlineData("1' AND SLEEP(5) --")]
    public async Task Injection_strings_whose_words_appear_nowhere_find_nothing(string injection)
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo) { PageCache = false };
        var client = portal.CreateClient();

        foreach (var route in new[] { "/praxisbeispiele", "/sozialbetriebe", "/angebote" })
        {
            var page = await client.OpenAsync(PublicRoutes.WithEveryParameter(route, injection));
            Assert.True(page.CardTitles.Count == 0, $"{route} found {string.Join(", ", page.CardTitles)} for {injection}.");
        }

        var search = await client.OpenAsync("/suche?q=" + Uri.EscapeDataString(injection));
        Assert.Empty(search.Document.QuerySelectorAll(".search-hit__title a"));
    }

    /// <summary>The number in the results heading ("11 Praxisbeispiele gefunden").</summary>
    private static int Count(HtmlPage page) =>
        int.Parse(new string((page.Document.QuerySelector(".results-count")?.TextContent ?? "").Trim().TakeWhile(char.IsAsciiDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);

    private static Task<string> CountsAsync(PortalFactory portal) => portal.WithDbAsync(async db =>
        $"{await db.Examples.CountAsync()}/{await db.SocialEnterprises.CountAsync()}/{await db.Offers.CountAsync()}/{await db.Partners.CountAsync()}/{await db.Pages.CountAsync()}/{await db.Users.CountAsync()}");
}
