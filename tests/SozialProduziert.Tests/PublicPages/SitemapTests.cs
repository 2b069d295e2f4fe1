using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>/sitemap.xml and /robots.txt: what search engines may read, and every public address.</summary>
public class SitemapTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly string[] FixedUrls =
    [
        "http://localhost/", "http://localhost/praxisbeispiele", "http://localhost/sozialbetriebe",
        "http://localhost/angebote", "http://localhost/auslage", "http://localhost/downloads",
    ];

    [Fact]
    public async Task The_sitemap_is_well_formed_sitemaps_xml_with_only_absolute_urls()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(new ExampleBuilder().Build(), new OfferBuilder().Build(), new PartnerBuilder().Build()));

        using var response = await portal.CreateClient().GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(Sitemap + "urlset", document.Root?.Name);
        var locations = document.Root!.Elements(Sitemap + "url").Select(u => (string?)u.Element(Sitemap + "loc")).ToList();
        Assert.All(locations, loc => Assert.True(Uri.TryCreate(loc, UriKind.Absolute, out var uri) && uri.Scheme == "http", loc));
        Assert.Equal(locations.Count, locations.Distinct().Count());
    }

    [Fact]
    public async Task The_sitemap_lists_home_the_lists_the_public_editorial_pages_downloads_and_every_public_item()
    {
        await using var portal = new PortalFactory();
        var future = DateTime.UtcNow.AddYears(1);
        await portal.WithDbAsync(async db =>
        {
            var hidden = new SocialEnterpriseBuilder().WithSlug("verborgener-betrieb").Draft().Build();
            var visible = new SocialEnterpriseBuilder().WithSlug("sichtbarer-betrieb").Build();
            db.AddRange(
                new ExampleBuilder().WithSlug("sichtbar").Build(),
                new ExampleBuilder().WithSlug("entwurf").Draft().Build(),
                new ExampleBuilder().WithSlug("archiv").Archived().Build(),
                new ExampleBuilder().WithSlug("zukunft").ScheduledFor(future).Build(),
                visible,
                new SocialEnterpriseBuilder().WithSlug("kuenftiger-betrieb").ScheduledFor(future).Build(),
                new OfferBuilder().WithSlug("sichtbares-angebot").By(visible).Build(),
                new OfferBuilder().WithSlug("angebot-im-entwurf").By(visible).Draft().Build(),
                new OfferBuilder().WithSlug("angebot-eines-verborgenen-betriebs").By(hidden).Build(),
                new PartnerBuilder().WithSlug("sichtbarer-partner").Build(),
                new PartnerBuilder().WithSlug("archivierter-partner").Archived().Build(),
                new PageBuilder().WithSlug("nicht-verlinkte-seite").Build());
            (await db.Pages.SingleAsync(p => p.Slug == PageSlugs.Privacy)).State = PublishState.Draft;
        });

        var urls = await SitemapUrlsAsync(portal);

        string[] expected =
        [
            .. FixedUrls,
            "http://localhost/ueber-sopro", "http://localhost/mitmachen", "http://localhost/impressum", "http://localhost/barrierefreiheit",
            "http://localhost/praxisbeispiele/sichtbar",
            "http://localhost/sozialbetriebe/sichtbarer-betrieb",
            "http://localhost/angebote/sichtbares-angebot",
            "http://localhost/auslage/sichtbarer-partner",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), urls.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Items_carry_their_last_change_as_a_W3C_date()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var portal = new PortalFactory { Clock = clock };
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().WithSlug("geaendert").Build()));
        clock.SetUtcNow(new DateTimeOffset(DateTime.UtcNow.Year + 1, 2, 3, 23, 30, 0, TimeSpan.Zero));
        await portal.WithDbAsync(async db => (await db.Examples.SingleAsync()).Teaser = "Überarbeitet.");

        var urls = await SitemapUrlsAsync(portal);

        Assert.Equal($"{DateTime.UtcNow.Year + 1}-02-03", urls["http://localhost/praxisbeispiele/geaendert"]);
        Assert.Null(urls["http://localhost/praxisbeispiele"]);
    }

    [Fact]
    public async Task Absolute_urls_use_the_configured_public_base_url()
    {
        await using var portal = new PortalFactory();
        using var configured = portal.WithWebHostBuilder(b => b.UseSetting("Site:PublicBaseUrl", "https://www.sozialproduziert.at/"));

        var xml = await configured.CreateClient().GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));

        Assert.All(
            XDocument.Parse(xml).Descendants(Sitemap + "loc").Select(l => l.Value),
            loc => Assert.StartsWith("https://www.sozialproduziert.at/", loc, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_txt_allows_the_public_site_keeps_crawlers_out_of_search_and_private_areas_and_names_the_sitemap()
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateClient().GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /suche", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /mein-bereich", lines);
        Assert.DoesNotContain("Disallow: /", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }

    [Theory]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/robots.txt", "text/plain")]
    [InlineData("/praxisbeispiele/feed", "application/atom+xml")]
    public async Task Head_requests_get_the_status_and_content_type_without_a_body(string url, string mediaType)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Build()));
        using var request = new HttpRequestMessage(HttpMethod.Head, url);

        using var response = await portal.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<Dictionary<string, string?>> SitemapUrlsAsync(PortalFactory portal)
    {
        var xml = await portal.CreateClient().GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        return XDocument.Parse(xml).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
    }
}
