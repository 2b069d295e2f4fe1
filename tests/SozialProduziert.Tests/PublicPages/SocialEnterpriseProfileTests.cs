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
        var page = await portal.CreateClient().OpenOkAsync("/sozialbetriebe/sonnenhof");
        var html = WebUtility.HtmlDecode(page.Html);

        Assert.Equal("Werkstatt Sonnenhof", page.OnlyH1);
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
    public async Task Profile_lists_its_fields_of_work_in_their_order_and_its_quality_marks_by_name_with_descriptions()
    {
        await using var portal = new PortalFactory();
        var (fields, marks) = await portal.WithDbAsync(async db =>
        {
            var fields = await db.FieldsOfWork.OrderByDescending(f => f.SortOrder).Take(3).ToListAsync();
            var marks = await db.QualityMarks.OrderByDescending(q => q.Name).Take(2).ToListAsync();
            marks[0].Description = "Geprüft für faire Arbeit";
            marks[1].Description = "";
            db.Add(new SocialEnterpriseBuilder().WithSlug("sonnenhof").InFieldsOfWork([.. fields]).WithQualityMarks([.. marks]).Build());
            db.Add(new SocialEnterpriseBuilder().WithSlug("nachbar").InFieldsOfWork(fields[0]).WithQualityMarks(marks[1]).Build());
            return (fields.OrderBy(f => f.SortOrder).ThenBy(f => f.Name).Select(f => f.Name).ToList(),
                marks.OrderBy(q => q.Name, StringComparer.Ordinal).Select(q => q.Name).ToList());
        });
        Assert.True(marks.Count == 2 && fields.Count == 3, "The reference data has too few fields of work or quality marks for this test.");

        var page = await portal.CreateClient().OpenOkAsync("/sozialbetriebe/sonnenhof");

        var fieldsSection = page.Document.QuerySelector("section[aria-labelledby='fields-heading']")!;
        Assert.Equal(fields, fieldsSection.QuerySelectorAll("a.tag").Select(a => a.TextContent.Trim()));
        var marksSection = page.Document.QuerySelector("section[aria-labelledby='marks-heading']")!;
        Assert.Equal(marks, marksSection.QuerySelectorAll("li strong").Select(s => s.TextContent.Trim()));
        Assert.Equal(["Geprüft für faire Arbeit"], marksSection.QuerySelectorAll("li .card__note").Select(n => n.TextContent.Trim()));
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

        var list = await client.OpenOkAsync("/sozialbetriebe");

        Assert.Equal(["sichtbar"], list.CardSlugs("sozialbetriebe"));
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

        var html = await portal.CreateClient().OpenOkAsync("/sozialbetriebe/mit-angeboten");

        Assert.Equal(["angebot-sichtbar"], html.CardSlugs("angebote"));
        Assert.Equal(["beispiel-sichtbar"], html.CardSlugs("praxisbeispiele"));
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
