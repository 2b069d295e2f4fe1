using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>
/// Every public page type loads its items with projections and batched lookups: the number of SQL commands a page
/// issues is the same whether it shows a few items or three times as many (no N+1). The cache is off, so every
/// request really renders.
/// </summary>
public class QueryCountTests
{
    private const string Cards = "main .card__title";
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string, string> Pages => new()
    {
        { "/", Cards },
        { "/praxisbeispiele", Cards },
        { "/praxisbeispiele?feld=holz", Cards },
        { "/praxisbeispiele?bezirk=st-poelten", Cards },
        { "/praxisbeispiele?jahr=2024&art=reststoffverwertung&status=abgeschlossen", Cards },
        { "/praxisbeispiele?q=werkbank", Cards },
        { "/praxisbeispiele/beispiel", "main a[href^='/auslage/'], main a[href^='/sozialbetriebe/'], main .gallery__item" },
        { "/sozialbetriebe", Cards },
        { "/sozialbetriebe?feld=holz&bezirk=st-poelten&segment=soeb&guetesiegel=goodworks", Cards },
        { "/sozialbetriebe?q=werkbank", Cards },
        { "/sozialbetriebe/betrieb", Cards },
        { "/angebote", Cards },
        { "/angebote?feld=holz&bezirk=st-poelten&art=produkt", Cards },
        { "/angebote?q=werkbank", Cards },
        { "/angebote/angebot", "main .gallery__item" },
        { "/auslage", Cards },
        { "/auslage?bezirk=st-poelten&art=unternehmen", Cards },
        { "/auslage/partner", "main .card__title, main a[href^='/sozialbetriebe/']" },
        { "/suche?q=werkbank", ".search-hit" },
        { "/downloads", ".download-list__item" },
        { "/sitemap.xml", "<loc>" },
        { "/praxisbeispiele/feed", "<entry>" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Sql_command_count_does_not_grow_with_the_number_of_items_shown(string url, string shownItems)
    {
        await using var portal = new PortalFactory { PageCache = false };
        await QueryCountCatalog.AddRoundAsync(portal, 2);
        using var counter = new SqlCommandCounter(portal.DatabasePath);
        var client = portal.CreateClient();
        await client.GetStringAsync(url);

        counter.Reset();
        var few = Count(await client.GetStringAsync(url), shownItems);
        var commandsForFew = counter.Count;
        await QueryCountCatalog.AddRoundAsync(portal, 4);
        counter.Reset();
        var many = Count(await client.GetStringAsync(url), shownItems);

        Assert.True(commandsForFew > 0, "the counter saw no SQL command");
        Assert.True(many > few, $"{few} items shown before, {many} after");
        Assert.Equal(commandsForFew, counter.Count);
    }

    [Theory]
    [InlineData("/impressum")]
    [InlineData("/ueber-sopro")]
    public async Task An_editorial_page_needs_one_query(string url)
    {
        await using var portal = new PortalFactory { PageCache = false };
        var client = portal.CreateClient();
        await client.GetStringAsync(url);
        using var counter = new SqlCommandCounter(portal.DatabasePath);

        await client.GetStringAsync(url);

        Assert.Equal(1, counter.Count);
    }

    [Theory]
    [InlineData("/praxisbeispiele/beispiel")]
    [InlineData("/sozialbetriebe/betrieb")]
    public async Task A_page_with_several_queries_opens_the_database_connection_at_most_once_and_the_next_request_not_at_all(string url)
    {
        await using var portal = new PortalFactory { PageCache = false };
        await QueryCountCatalog.AddRoundAsync(portal, 2);
        using var counter = new SqlCommandCounter(portal.DatabasePath);
        var client = portal.CreateClient();

        await client.GetStringAsync(url);
        Assert.True(counter.Count > 2, $"{counter.Count} queries");
        Assert.InRange(counter.ConnectionsOpened, 0, 1);

        // The connection stays open between requests with its prepared statements (SqliteStatementReuse).
        counter.Reset();
        await client.GetStringAsync(url);
        Assert.True(counter.Count > 2, $"{counter.Count} queries");
        Assert.Equal(0, counter.ConnectionsOpened);
    }

    private static int Count(string body, string shownItems) => shownItems.StartsWith('<')
        ? Regex.Count(body, Regex.Escape(shownItems))
        : Parser.ParseDocument(body).QuerySelectorAll(shownItems).Length;
}
