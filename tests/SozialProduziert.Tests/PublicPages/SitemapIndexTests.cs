using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>Past the sitemaps.org limit per file, /sitemap.xml becomes an index of numbered files that hold every address once.</summary>
public class SitemapIndexTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public async Task A_sitemap_over_the_limit_is_split_into_numbered_files_listed_in_an_index(int limit)
    {
        await using var portal = new PortalFactory();
        await AddItemsOfEveryKindAsync(portal);
        var whole = Locations(await portal.CreateClient().GetStringAsync("/sitemap.xml"), "url");
        using var limited = portal.WithWebHostBuilder(b => b.UseSetting("Sitemap:MaxUrlsPerFile", limit.ToString(CultureInfo.InvariantCulture)));
        var client = limited.CreateClient();

        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var files = index.Root!.Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();
        var parts = new List<IReadOnlyList<string>>();
        foreach (var file in files)
        {
            parts.Add(Locations(await client.GetStringAsync(new Uri(file).AbsolutePath), "url"));
        }

        Assert.Equal(Sitemap + "sitemapindex", index.Root.Name);
        Assert.Equal(Enumerable.Range(1, (whole.Count + limit - 1) / limit).Select(n => $"http://localhost/sitemap-{n}.xml"), files);
        Assert.All(parts.SkipLast(1), part => Assert.Equal(limit, part.Count));
        Assert.Equal(whole, parts.SelectMany(p => p));
        Assert.Contains(whole, url => url.Contains("/auslage/", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/sitemap-{files.Count + 1}.xml")).StatusCode);
    }

    [Fact]
    public async Task The_last_file_reads_only_the_rows_it_holds_not_every_address_before_them()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await AddItemsOfEveryKindAsync(portal);
        using var limited = portal.WithWebHostBuilder(b => b.UseSetting("Sitemap:MaxUrlsPerFile", "2"));
        var client = limited.CreateClient();
        var files = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Root!.Elements(Sitemap + "sitemap").Count();
        using var counter = new SqlCommandCounter(portal.DatabasePath);

        var last = Locations(await client.GetStringAsync($"/sitemap-{files}.xml"), "url");

        // Counting every part is needed to know where the file starts; reading rows is not, except for its own.
        var reads = counter.Commands.Select(c => c.Sql).Where(sql => !sql.Contains("COUNT(", StringComparison.Ordinal)).ToList();
        Assert.All(last, url => Assert.Contains("/auslage/", url, StringComparison.Ordinal));
        var read = Assert.Single(reads);
        Assert.Contains("'/auslage/'", read, StringComparison.Ordinal);
        Assert.Contains("OFFSET", read, StringComparison.Ordinal);
    }

    /// <summary>Examples, Sozialbetriebe with an offer each and partners, so that files begin and end in every part.</summary>
    private static Task AddItemsOfEveryKindAsync(PortalFactory portal) => portal.WithDbAsync(db =>
    {
        db.AddRange(Enumerable.Range(0, 5).Select(_ => new ExampleBuilder().Build()));
        var enterprises = Enumerable.Range(0, 3).Select(_ => new SocialEnterpriseBuilder().Build()).ToList();
        db.AddRange(enterprises);
        db.AddRange(enterprises.Select(e => new OfferBuilder().By(e).Build()));
        db.AddRange(Enumerable.Range(0, 5).Select(_ => new PartnerBuilder().Build()));
    });

    [Fact]
    public async Task Numbered_files_do_not_exist_while_the_sitemap_fits_into_one()
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateClient().GetAsync("/sitemap-1.xml");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Many_crawlers_at_once_are_queued_two_at_a_time_and_all_answered()
    {
        await using var portal = new PortalFactory { PageCache = false };
        await portal.WithDbAsync(db => db.AddRange(Enumerable.Range(0, 5).Select(_ => new ExampleBuilder().Build())));
        using var limited = portal.WithWebHostBuilder(b => b.UseSetting("Sitemap:MaxUrlsPerFile", "4"));
        var client = limited.CreateClient();
        var sitemaps = limited.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.DisplayName?.Contains("SitemapController.Sitemap", StringComparison.Ordinal) == true).ToList();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.GetAsync("/sitemap-1.xml")));

        Assert.Equal(2, sitemaps.Count);
        Assert.All(sitemaps, e => Assert.Equal(RateLimits.Sitemap, e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(answers.Select(a => a.Content.ReadAsStringAsync().Result).Distinct());
    }

    private static List<string> Locations(string xml, string element) =>
        XDocument.Parse(xml).Root!.Elements(Sitemap + element).Select(e => e.Element(Sitemap + "loc")!.Value).ToList();
}
