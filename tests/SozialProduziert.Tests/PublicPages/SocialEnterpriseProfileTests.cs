using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>/sozialbetriebe/{slug}: the profile, what it may show, and how unknown and renamed slugs answer.</summary>
public class SocialEnterpriseProfileTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Profile_shows_contact_links_segment_explanation_and_a_link_to_the_inquiry_form()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(async db =>
        {
            var enterprise = new SocialEnterpriseBuilder().Titled("Werkstatt Sonnenhof").WithSlug("sonnenhof")
                .InSegment(LabourMarketSegment.Workshop).InFieldsOfWork(await db.FieldOfWorkAsync("Textil"))
                .WithQualityMarks(await db.QualityMarkAsync("goodworks")).Build();
            enterprise.Phone = "+43 2742 123 45";
            enterprise.Email = "office@sonnenhof.example";
            enterprise.Website = "www.sonnenhof.example";
            enterprise.ContactPerson = "Maria Berger";
            enterprise.LegalForm = "Verein";
            enterprise.Street = "Hauptplatz 1";
            enterprise.PostalCode = "3100";
            db.Add(enterprise);
        });

        // Decoded, because the HTML encoder writes "+" in the tel: link as "&#x2B;".
        var html = WebUtility.HtmlDecode(await portal.CreateClient().GetPageAsync("/sozialbetriebe/sonnenhof"));

        Assert.Equal("Werkstatt Sonnenhof", PageHtml.H1(html));
        Assert.Contains("href=\"tel:+43274212345\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:office@sonnenhof.example\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.sonnenhof.example/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/anfrage?sozialbetrieb=sonnenhof\"", html, StringComparison.Ordinal);
        Assert.Contains(">Anfrage senden<", html, StringComparison.Ordinal);
        Assert.Contains("3. Arbeitsmarkt – was heißt das?", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sozialbetriebe?feld=textil\"", html, StringComparison.Ordinal);
        Assert.Contains("goodworks", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_archived_scheduled_and_deleted_Sozialbetriebe_appear_neither_in_the_list_nor_as_profile()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(Now) };
        await portal.WithDbAsync(db => db.AddRange(
            new SocialEnterpriseBuilder().WithSlug("sichtbar").Build(),
            new SocialEnterpriseBuilder().WithSlug("entwurf").Draft().Build(),
            new SocialEnterpriseBuilder().WithSlug("archiviert").Archived().Build(),
            new SocialEnterpriseBuilder().WithSlug("geplant").ScheduledFor(Now.UtcDateTime.AddDays(1)).Build(),
            Deleted(new SocialEnterpriseBuilder().WithSlug("geloescht").Build())));
        var client = portal.CreateClient();

        var list = await client.GetPageAsync("/sozialbetriebe");

        Assert.Equal(["sichtbar"], DirectoryHtml.CardSlugs(list, "sozialbetriebe"));
        foreach (var hidden in new[] { "entwurf", "archiviert", "geplant", "geloescht" })
        {
            using var response = await client.GetAsync(new Uri($"/sozialbetriebe/{hidden}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task Profile_lists_only_public_offers_and_examples()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(Now) };
        await portal.WithDbAsync(db =>
        {
            var enterprise = new SocialEnterpriseBuilder().WithSlug("mit-angeboten").Build();
            db.AddRange(
                new OfferBuilder().WithSlug("angebot-sichtbar").By(enterprise).Build(),
                new OfferBuilder().WithSlug("angebot-entwurf").By(enterprise).Draft().Build(),
                new OfferBuilder().WithSlug("angebot-geplant").By(enterprise).ScheduledFor(Now.UtcDateTime.AddDays(3)).Build(),
                new ExampleBuilder().WithSlug("beispiel-sichtbar").WithSocialEnterprises(enterprise).Build(),
                new ExampleBuilder().WithSlug("beispiel-archiviert").WithSocialEnterprises(enterprise).Archived().Build());
        });

        var html = await portal.CreateClient().GetPageAsync("/sozialbetriebe/mit-angeboten");

        Assert.Equal(["angebot-sichtbar"], DirectoryHtml.CardSlugs(html, "angebote"));
        Assert.Equal(["beispiel-sichtbar"], DirectoryHtml.CardSlugs(html, "praxisbeispiele"));
    }

    [Theory]
    [InlineData("/sozialbetriebe/gibt-es-nicht")]
    [InlineData("/sozialbetriebe/Gross-Geschrieben")]
    [InlineData("/sozialbetriebe/%3Cscript%3E")]
    public async Task Unknown_or_malformed_slug_answers_404(string url)
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Renamed_slug_answers_301_to_the_current_profile()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new SocialEnterpriseBuilder().WithSlug("alter-name").Build()));
        await portal.WithDbAsync(async db => (await db.SocialEnterprises.SingleAsync()).Slug = "neuer-name");
        var client = portal.CreateNonRedirectingClient();

        using var response = await client.GetAsync(new Uri("/sozialbetriebe/alter-name", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/sozialbetriebe/neuer-name", response.Headers.Location?.OriginalString);
    }

    private static SocialEnterprise Deleted(SocialEnterprise enterprise)
    {
        enterprise.DeletedAt = Now.UtcDateTime.AddDays(-1);
        return enterprise;
    }
}
