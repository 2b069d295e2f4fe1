using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>/angebote/{slug}: the detail page, what it may show, and how unknown and renamed slugs answer.</summary>
public class OfferDetailTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Detail_shows_facts_the_Sozialbetrieb_and_a_link_to_the_inquiry_form()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            var enterprise = new SocialEnterpriseBuilder().Titled("Werkstatt Sonnenhof").WithSlug("sonnenhof").InDistrict("Baden").Build();
            enterprise.Email = "office@sonnenhof.example";
            var offer = new OfferBuilder().Titled("Weinkiste aus Lärche").WithSlug("weinkiste").By(enterprise)
                .WithPrice("ab € 12 pro Stück").Build();
            offer.LeadTime = "drei Wochen";
            offer.MinimumQuantity = "ab 50 Stück";
            db.Add(offer);
        });

        var html = await portal.CreateClient().GetPageAsync("/angebote/weinkiste");

        Assert.Equal("Weinkiste aus Lärche", PageHtml.H1(html));
        Assert.Contains("<dt>Richtpreis</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Lieferzeit</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Mindestmenge</dt>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sozialbetriebe/sonnenhof\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/anfrage?angebot=weinkiste\"", html, StringComparison.Ordinal);
        Assert.Contains("https://www.linkedin.com/sharing/share-offsite/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hidden_offers_and_offers_of_hidden_Sozialbetriebe_appear_neither_in_the_list_nor_as_page()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(Now) };
        var later = Now.UtcDateTime.AddDays(1);
        await portal.WithDbAsync(db => db.AddRange(
            new OfferBuilder().WithSlug("sichtbar").Build(),
            new OfferBuilder().WithSlug("entwurf").Draft().Build(),
            new OfferBuilder().WithSlug("archiviert").Archived().Build(),
            new OfferBuilder().WithSlug("geplant").ScheduledFor(later).Build(),
            new OfferBuilder().WithSlug("betrieb-entwurf").By(new SocialEnterpriseBuilder().Draft().Build()).Build(),
            new OfferBuilder().WithSlug("betrieb-archiviert").By(new SocialEnterpriseBuilder().Archived().Build()).Build(),
            new OfferBuilder().WithSlug("betrieb-geplant").By(new SocialEnterpriseBuilder().ScheduledFor(later).Build()).Build(),
            Deleted(new OfferBuilder().WithSlug("geloescht").Build()),
            new OfferBuilder().WithSlug("betrieb-geloescht").By(Deleted(new SocialEnterpriseBuilder().Build())).Build()));
        var client = portal.CreateClient();

        var list = await client.GetPageAsync("/angebote");

        Assert.Equal(["sichtbar"], DirectoryHtml.CardSlugs(list, "angebote"));
        foreach (var hidden in new[] { "entwurf", "archiviert", "geplant", "betrieb-entwurf", "betrieb-archiviert", "betrieb-geplant", "geloescht", "betrieb-geloescht" })
        {
            using var response = await client.GetAsync(new Uri($"/angebote/{hidden}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/angebote/gibt-es-nicht")]
    [InlineData("/angebote/Gross-Geschrieben")]
    [InlineData("/angebote/%C3%A4%C3%B6%C3%BC")]
    public async Task Unknown_or_malformed_slug_answers_404(string url)
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Renamed_slug_answers_301_to_the_current_offer()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new OfferBuilder().WithSlug("alter-titel").Build()));
        await portal.WithDbAsync(async db => (await db.Offers.SingleAsync()).Slug = "neuer-titel");
        var client = portal.CreateNonRedirectingClient();

        using var response = await client.GetAsync(new Uri("/angebote/alter-titel", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/angebote/neuer-titel", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Renamed_slug_of_an_offer_whose_Sozialbetrieb_is_hidden_answers_404()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new OfferBuilder().WithSlug("alter-titel").By(new SocialEnterpriseBuilder().Draft().Build()).Build()));
        await portal.WithDbAsync(async db => (await db.Offers.SingleAsync()).Slug = "neuer-titel");
        var client = portal.CreateNonRedirectingClient();

        using var response = await client.GetAsync(new Uri("/angebote/alter-titel", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static T Deleted<T>(T item)
        where T : PublishableContent
    {
        item.DeletedAt = Now.UtcDateTime.AddDays(-1);
        return item;
    }
}
