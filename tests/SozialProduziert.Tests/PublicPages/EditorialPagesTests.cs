using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data.Seed;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>The five fixed editorial pages; every installation gets them from <see cref="DefaultPages"/>.</summary>
public class EditorialPagesTests
{
    public static TheoryData<string> Slugs() => new(PageSlugs.All);

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Each_page_answers_at_its_fixed_address_with_its_title_as_heading_and_its_meta_description(string slug)
    {
        await using var portal = new PortalFactory();
        var seeded = DefaultPages.For(slug)!;

        var html = await portal.CreateClient().GetPageAsync("/" + slug);

        Assert.Equal(seeded.Title, PageHtml.H1(html));
        Assert.Contains($"<meta name=\"description\" content=\"{System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(seeded.MetaDescription)}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"http://localhost/{slug}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_body_is_rendered_from_Markdown_and_stays_safe()
    {
        await using var portal = new PortalFactory();
        await UpdatePageAsync(portal, PageSlugs.Imprint, page =>
            page.BodyMarkdown = "## Medieninhaber\n\nDie **KOMUNITAS OG**.\n\n<script>alert(1)</script>\n\n[Klick](javascript:alert(2))");

        var main = PageHtml.MainContent(await portal.CreateClient().GetPageAsync("/impressum"));

        Assert.Contains("<h2>Medieninhaber</h2>", main, StringComparison.Ordinal);
        Assert.Contains("<strong>KOMUNITAS OG</strong>", main, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", main, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", main, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ueber-sopro", "Über SoPro")]
    [InlineData("/mitmachen", "Mitmachen")]
    public async Task About_and_join_in_mark_their_entry_in_the_main_navigation(string url, string navigationLabel)
    {
        await using var portal = new PortalFactory();

        var html = await portal.CreateClient().GetPageAsync(url);

        Assert.Contains($"<a href=\"{url}\" aria-current=\"page\">{navigationLabel}</a>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_in_page_carries_the_registration_section_and_other_pages_do_not()
    {
        await using var portal = new PortalFactory();
        var client = portal.CreateClient();

        Assert.Contains("Derzeit ist keine Anmeldung möglich", PageHtml.Text(await client.GetPageAsync("/mitmachen")), StringComparison.Ordinal);
        Assert.DoesNotContain("keine Anmeldung möglich", PageHtml.Text(await client.GetPageAsync("/ueber-sopro")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PublishState.Draft)]
    [InlineData(PublishState.Archived)]
    public async Task A_page_that_is_not_published_is_not_found(PublishState state)
    {
        await using var portal = new PortalFactory();
        await UpdatePageAsync(portal, PageSlugs.Privacy, page => page.State = state);

        Assert.Equal(HttpStatusCode.NotFound, await portal.CreateClient().StatusOfAsync("/datenschutz"));
    }

    [Fact]
    public async Task A_page_scheduled_for_later_is_not_found_yet()
    {
        await using var portal = new PortalFactory();
        await UpdatePageAsync(portal, PageSlugs.Accessibility, page => page.PublishAt = DateTime.UtcNow.AddDays(7));

        Assert.Equal(HttpStatusCode.NotFound, await portal.CreateClient().StatusOfAsync("/barrierefreiheit"));
    }

    [Fact]
    public async Task A_deleted_page_is_not_found()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(async db => db.Pages.Remove(await db.Pages.SingleAsync(p => p.Slug == PageSlugs.About)));

        Assert.Equal(HttpStatusCode.NotFound, await portal.CreateClient().StatusOfAsync("/ueber-sopro"));
    }

    [Fact]
    public async Task Only_the_five_fixed_addresses_serve_pages_so_other_pages_are_not_reachable_and_nothing_is_shadowed()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new Builders.PageBuilder().Titled("Geheime Seite").Build()));
        var client = portal.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync("/geheime-seite"));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/praxisbeispiele"));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/auslage"));
    }

    private static Task UpdatePageAsync(PortalFactory portal, string slug, Action<Page> change) =>
        portal.WithDbAsync(async db => change(await db.Pages.SingleAsync(p => p.Slug == slug)));
}
