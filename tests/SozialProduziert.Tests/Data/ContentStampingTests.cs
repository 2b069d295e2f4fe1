using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Data;

/// <summary>The derived columns the app's save interceptor keeps true, checked through the real DbContext.</summary>
public class ContentStampingTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Saving_an_item_stores_its_searchable_fields_and_its_title_folded()
    {
        await using var portal = new PortalFactory();

        await portal.WithDbAsync(db => db.Add(new ExampleBuilder()
            .Titled("Grünraumpflege für BÜROS")
            .WithTeaser("Straßenreinigung")
            .WithBody("Café-Möbel,\r\nneue Möbel für Büros.")
            .Build()));

        var stored = await portal.WithDbAsync(db => db.Examples.Select(e => new { e.SearchText, e.SortName }).SingleAsync());
        // Each word once, between single blanks: the search finds a term inside a word, so nothing else counts.
        Assert.Equal("gruenraumpflege fuer bueros strassenreinigung cafe moebel neue", stored.SearchText);
        Assert.Equal("gruenraumpflege fuer bueros", stored.SortName);
    }

    [Fact]
    public async Task Editing_an_item_refolds_its_search_text_and_sort_name()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new PartnerBuilder().Titled("Tischlerei Huber").InSector(null).Build()));

        await portal.WithDbAsync(async db =>
        {
            var partner = await db.Partners.SingleAsync();
            partner.Name = "Bäckerei Öhler";
            db.ApproveShowcase(partner);
        });

        var searchText = await portal.WithDbAsync(db => db.Partners.Select(p => p.SearchText).SingleAsync());
        Assert.StartsWith("baeckerei oehler ", searchText, StringComparison.Ordinal);
        Assert.Equal("baeckerei oehler", await portal.WithDbAsync(db => db.Partners.Select(p => p.SortName).SingleAsync()));
        Assert.DoesNotContain("huber", searchText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_stamps_created_and_updated_times_from_the_apps_clock()
    {
        var clock = new FakeTimeProvider(Start);
        await using var portal = new PortalFactory { Clock = clock };
        await portal.WithDbAsync(db => db.Add(new PageBuilder().WithSlug("zeitstempel").Build()));

        clock.Advance(TimeSpan.FromHours(2));
        await portal.WithDbAsync(async db => (await db.Pages.SingleAsync(p => p.Slug == "zeitstempel")).Title = "Neu");

        var page = await portal.WithDbAsync(db => db.Pages.AsNoTracking().SingleAsync(p => p.Slug == "zeitstempel"));
        Assert.Equal(Start.UtcDateTime, page.CreatedAt);
        Assert.Equal(Start.UtcDateTime.AddHours(2), page.UpdatedAt);
        Assert.Equal(DateTimeKind.Utc, page.UpdatedAt.Kind);
    }

    [Fact]
    public async Task An_item_saved_without_a_publish_date_is_published_from_now()
    {
        var clock = new FakeTimeProvider(Start);
        await using var portal = new PortalFactory { Clock = clock };
        var page = new PageBuilder().WithSlug("ohne-datum").Build();
        page.PublishAt = default;

        await portal.WithDbAsync(db => db.Add(page));

        Assert.Equal(Start.UtcDateTime, await portal.WithDbAsync(db => db.Pages.Where(p => p.Slug == "ohne-datum").Select(p => p.PublishAt).SingleAsync()));
    }

    [Fact]
    public async Task Renaming_the_slug_of_a_saved_item_keeps_a_redirect_from_the_old_slug()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().WithSlug("bueromoebel-alt").Build()));

        await portal.WithDbAsync(async db => (await db.Examples.SingleAsync()).Slug = "bueromoebel-neu");

        var (exampleId, redirect) = await portal.WithDbAsync(async db => (
            await db.Examples.Select(e => e.Id).SingleAsync(),
            await db.SlugRedirects.SingleAsync()));
        Assert.Equal("bueromoebel-alt", redirect.OldSlug);
        Assert.Equal(nameof(BestPracticeExample), redirect.ContentType);
        Assert.Equal(exampleId, redirect.ContentId);
    }

    [Fact]
    public async Task Saving_an_item_without_changing_its_slug_creates_no_redirect()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new OfferBuilder().Build()));

        await portal.WithDbAsync(async db => (await db.Offers.SingleAsync()).Title = "Neuer Titel, alter Slug");

        Assert.Equal(0, await portal.WithDbAsync(db => db.SlugRedirects.CountAsync()));
    }

    [Fact]
    public async Task Renaming_back_and_forth_keeps_one_redirect_per_old_slug_and_none_for_the_live_slug()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new PartnerBuilder().WithSlug("a").Build()));

        foreach (var slug in new[] { "b", "a", "b", "c", "a" })
        {
            await portal.WithDbAsync(async db => (await db.Partners.SingleAsync()).Slug = slug);
        }

        var oldSlugs = await portal.WithDbAsync(db => db.SlugRedirects.Select(r => r.OldSlug).OrderBy(s => s).ToListAsync());
        Assert.Equal(["b", "c"], oldSlugs);
    }

    [Fact]
    public async Task Redirects_are_kept_per_content_type_so_equal_slugs_of_different_types_do_not_clash()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new PageBuilder().WithSlug("holz").Build(),
            new PartnerBuilder().WithSlug("holz").Build()));

        await portal.WithDbAsync(async db =>
        {
            (await db.Pages.SingleAsync(p => p.Slug == "holz")).Slug = "holz-seite";
            (await db.Partners.SingleAsync()).Slug = "holz-partner";
        });

        var redirects = await portal.WithDbAsync(db => db.SlugRedirects.Select(r => r.ContentType + ":" + r.OldSlug).OrderBy(s => s).ToListAsync());
        Assert.Equal([$"{nameof(Page)}:holz", $"{nameof(Partner)}:holz"], redirects);
    }

    [Fact]
    public async Task A_new_item_taking_an_old_slug_removes_the_redirect_from_it()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new PartnerBuilder().WithSlug("holzwerk").Build()));
        await portal.WithDbAsync(async db => (await db.Partners.SingleAsync()).Slug = "holzwerk-alt");

        await portal.WithDbAsync(db => db.Add(new PartnerBuilder().WithSlug("holzwerk").Build()));

        Assert.Equal(0, await portal.WithDbAsync(db => db.SlugRedirects.CountAsync(r => r.OldSlug == "holzwerk")));
    }
}
