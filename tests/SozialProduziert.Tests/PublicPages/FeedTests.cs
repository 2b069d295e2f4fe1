using System.Net;
using System.Xml.Linq;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>/praxisbeispiele/feed: an Atom feed of the newest public examples.</summary>
public class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_feed_is_well_formed_Atom_with_title_author_updated_and_absolute_links()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Build()));

        using var response = await portal.CreateClient().GetAsync(new Uri("/praxisbeispiele/feed", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace((string?)feed.Element(Atom + "title")));
        Assert.False(string.IsNullOrWhiteSpace((string?)feed.Element(Atom + "id")));
        Assert.True(DateTimeOffset.TryParse((string?)feed.Element(Atom + "updated"), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal("SoPro – Soziale Produktion", (string?)feed.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Equal("http://localhost/praxisbeispiele/feed", Link(feed, "self"));
        Assert.All(feed.Descendants(Atom + "link"), link => Assert.StartsWith("http://localhost/", (string?)link.Attribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_entry_carries_title_link_id_dates_and_the_teaser_as_summary()
    {
        await using var portal = new PortalFactory();
        var publishAt = new DateTime(2025, 6, 1, 10, 0, 0, DateTimeKind.Utc);
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder()
            .Titled("Taschen aus Werbeplanen & Gurten").WithSlug("taschen").WithTeaser("Aus alten <Planen> wurden Taschen.")
            .PublishedAt(publishAt).Build()));

        var entry = Assert.Single(await EntriesAsync(portal));

        Assert.Equal("Taschen aus Werbeplanen & Gurten", (string?)entry.Element(Atom + "title"));
        Assert.Equal("http://localhost/praxisbeispiele/taschen", Link(entry, "alternate"));
        Assert.StartsWith("tag:localhost,", (string?)entry.Element(Atom + "id"), StringComparison.Ordinal);
        Assert.Equal("Aus alten <Planen> wurden Taschen.", (string?)entry.Element(Atom + "summary"));
        Assert.Equal("2025-06-01T10:00:00Z", (string?)entry.Element(Atom + "published"));
        Assert.NotNull(entry.Element(Atom + "updated"));
    }

    [Fact]
    public async Task The_feed_holds_the_twenty_newest_public_examples_newest_first_and_nothing_unpublished()
    {
        await using var portal = new PortalFactory();
        var start = new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);
        await portal.WithDbAsync(db =>
        {
            db.AddRange(Enumerable.Range(1, 22).Select(day => new ExampleBuilder().Titled($"Beispiel vom Tag {day:00}").PublishedAt(start.AddDays(day)).Build()));
            db.AddRange(
                new ExampleBuilder().Titled("Entwurf").Draft().Build(),
                new ExampleBuilder().Titled("Archiviert").Archived().Build(),
                new ExampleBuilder().Titled("Geplant").ScheduledFor(DateTime.UtcNow.AddYears(1)).Build());
        });

        var titles = (await EntriesAsync(portal)).Select(e => (string?)e.Element(Atom + "title")).ToList();

        Assert.Equal(Enumerable.Range(3, 20).Reverse().Select(day => $"Beispiel vom Tag {day:00}"), titles);
    }

    [Fact]
    public async Task The_feed_route_is_not_taken_for_an_example_slug()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().WithSlug("feed").Titled("Ein Beispiel namens Feed").Build()));

        using var response = await portal.CreateClient().GetAsync(new Uri("/praxisbeispiele/feed", UriKind.Relative));

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<List<XElement>> EntriesAsync(PortalFactory portal)
    {
        var xml = await portal.CreateClient().GetStringAsync(new Uri("/praxisbeispiele/feed", UriKind.Relative));
        return XDocument.Parse(xml).Root!.Elements(Atom + "entry").ToList();
    }

    private static string? Link(XElement parent, string rel) =>
        (string?)parent.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href");
}
