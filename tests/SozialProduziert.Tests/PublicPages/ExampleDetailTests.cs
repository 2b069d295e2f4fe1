using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>The example page at /praxisbeispiele/{slug}: what it shows, and how it answers unknown and renamed slugs.</summary>
public class ExampleDetailTests
{
    [Fact]
    public async Task The_page_shows_the_example_with_its_public_partners_and_sozialbetriebe_and_figures()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder()
            .Titled("Werbebanner werden Taschen")
            .WithPartners(new PartnerBuilder().Titled("Druckerei Nord").Build(), new PartnerBuilder().Titled("Geheime Firma").Draft().Build())
            .WithSocialEnterprises(new SocialEnterpriseBuilder().Titled("Nähwerk Ybbs").Build())
            .WithImpact(materialKg: 1250, hours: 3400, people: 12)
            .Build()));

        var page = await portal.CreateClient().OpenAsync("/praxisbeispiele/werbebanner-werden-taschen");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Werbebanner werden Taschen", page.H1);
        var links = page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/auslage/druckerei-nord", links);
        Assert.Contains("/sozialbetriebe/naehwerk-ybbs", links);
        Assert.DoesNotContain("Geheime Firma", page.Html, StringComparison.Ordinal);
        var figures = page.Document.QuerySelector(".facts")!.TextContent;
        Assert.Contains("1\u00A0250 kg", figures, StringComparison.Ordinal);
        Assert.Contains("3\u00A0400 Stunden", figures, StringComparison.Ordinal);
        Assert.Contains("12", figures, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_carries_canonical_and_open_graph_tags_and_plain_share_links()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Give-Aways aus Filz").WithTeaser("Filztaschen für Messen.").Build()));

        var page = await portal.CreateClient().OpenAsync("/praxisbeispiele/give-aways-aus-filz");

        Assert.Equal("http://localhost/praxisbeispiele/give-aways-aus-filz", page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("Give-Aways aus Filz", page.Document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.Equal("Filztaschen für Messen.", page.Document.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        var share = page.Document.QuerySelectorAll(".share a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(4, share.Count);
        Assert.StartsWith("mailto:", share[0], StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("script[src], iframe, img[src^='http']"));
    }

    [Theory]
    [InlineData("/praxisbeispiele/gibt-es-nicht")]
    [InlineData("/praxisbeispiele/GROSS")]
    [InlineData("/praxisbeispiele/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/praxisbeispiele/%E2%80%AEevil")]
    public async Task An_unknown_or_malformed_slug_is_a_german_404(string url)
    {
        await using var portal = new PortalFactory();

        var page = await portal.CreateClient().OpenAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Seite nicht gefunden", page.H1);
    }

    [Fact]
    public async Task A_renamed_example_answers_its_old_slug_with_301_to_the_new_one()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().WithSlug("altes-beispiel").Build()));
        await portal.WithDbAsync(async db => (await db.Examples.SingleAsync()).Slug = "neues-beispiel");
        var client = portal.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/praxisbeispiele/altes-beispiel");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/praxisbeispiele/neues-beispiel", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Markdown_in_the_body_is_rendered_but_script_never_reaches_the_page()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Sicher")
            .WithBody("## Ablauf\n\n<script>alert(1)</script>\n\n[klick](javascript:alert(2)) <img src=x onerror=alert(3)> [bild](data:text/html,x)")
            .Build()));

        var page = await portal.CreateClient().OpenAsync("/praxisbeispiele/sicher");

        Assert.Equal("Ablauf", page.Document.QuerySelector(".prose h2")?.TextContent);
        Assert.Empty(page.Document.QuerySelectorAll("script"));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        var attributes = page.Document.All.SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Value.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }
}
