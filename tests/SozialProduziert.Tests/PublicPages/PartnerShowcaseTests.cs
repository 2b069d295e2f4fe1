using System.Net;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

public class PartnerShowcaseTests
{
    [Fact]
    public async Task Showcase_page_shows_name_kind_sector_district_programme_website_and_the_rendered_showcase_text()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            var partner = new PartnerBuilder().Titled("Tischlerei Muster GmbH").OfKind(PartnerKind.Company)
                .InSector("Holzverarbeitung").InDistrict("Amstetten").WithShowcase("Wir verwerten **Holzreste** gemeinsam.").Build();
            partner.Website = "www.tischlerei-muster.example";
            partner.Programme = new Programme { Name = "Erfolg mit FAIRantwortung in Niederösterreich 2", Slug = "fairantwortung-2" };
            db.Add(partner);
        });

        var html = await portal.CreateClient().GetPageAsync("/auslage/tischlerei-muster-gmbh");
        var text = PageHtml.Text(PageHtml.MainContent(html));

        Assert.Equal("Tischlerei Muster GmbH", PageHtml.H1(html));
        Assert.Contains("Unternehmen", text, StringComparison.Ordinal);
        Assert.Contains("Holzverarbeitung", text, StringComparison.Ordinal);
        Assert.Contains("Amstetten", text, StringComparison.Ordinal);
        Assert.Contains("Erfolg mit FAIRantwortung in Niederösterreich 2", text, StringComparison.Ordinal);
        Assert.Contains("<strong>Holzreste</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.tischlerei-muster.example/\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/auslage/tischlerei-muster-gmbh\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"share\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hallo")]
    [InlineData("ftp://files.example/")]
    public async Task A_website_that_is_not_http_or_https_is_never_rendered_as_a_link(string website)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            var partner = new PartnerBuilder().Titled("Vorsicht AG").Build();
            partner.Website = website;
            db.Add(partner);
        });

        var html = await portal.CreateClient().GetPageAsync("/auslage/vorsicht-ag");

        Assert.DoesNotContain("<dt>Website</dt>", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{website}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Showcase_page_lists_only_public_examples_and_each_public_Sozialbetrieb_from_them_once()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            var partner = new PartnerBuilder().Titled("Baumarkt Beispiel").Build();
            var workshop = new SocialEnterpriseBuilder().Titled("Werkstatt Ybbs").Build();
            var hiddenEnterprise = new SocialEnterpriseBuilder().Titled("Versteckter Betrieb").Draft().Build();
            var onlyInDraftExample = new SocialEnterpriseBuilder().Titled("Nur im Entwurf").Build();
            var otherPartnersEnterprise = new SocialEnterpriseBuilder().Titled("Fremder Betrieb").Build();
            db.AddRange(
                new ExampleBuilder().Titled("Bänke aus Verschnitt").WithPartners(partner).WithSocialEnterprises(workshop, hiddenEnterprise).Build(),
                new ExampleBuilder().Titled("Kisten aus Paletten").WithPartners(partner).WithSocialEnterprises(workshop).Build(),
                new ExampleBuilder().Titled("Entwurfsbeispiel").Draft().WithPartners(partner).WithSocialEnterprises(onlyInDraftExample).Build(),
                new ExampleBuilder().Titled("Geplantes Beispiel").ScheduledFor(DateTime.UtcNow.AddDays(7)).WithPartners(partner).Build(),
                new ExampleBuilder().Titled("Anderer Partner").WithPartners(new PartnerBuilder().Build()).WithSocialEnterprises(otherPartnersEnterprise).Build());
        });

        var main = PageHtml.MainContent(await portal.CreateClient().GetPageAsync("/auslage/baumarkt-beispiel"));

        Assert.Equal(["Bänke aus Verschnitt", "Kisten aus Paletten"], PageHtml.LinkTexts(main, "/praxisbeispiele/").Order().ToList());
        Assert.Equal(["Werkstatt Ybbs"], PageHtml.LinkTexts(main, "/sozialbetriebe/"));
        Assert.Contains("href=\"/sozialbetriebe/werkstatt-ybbs\"", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Showcase_page_of_a_partner_without_examples_omits_the_sections()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new PartnerBuilder().Titled("Neuling GmbH").Build()));

        var main = PageHtml.MainContent(await portal.CreateClient().GetPageAsync("/auslage/neuling-gmbh"));

        Assert.DoesNotContain("examples-heading", main, StringComparison.Ordinal);
        Assert.DoesNotContain("enterprises-heading", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logo_is_shown_on_the_card_and_on_the_showcase_page()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            var logo = new MediaImage
            {
                AltText = "Logo der Logo AG",
                Width = 400,
                Height = 200,
                Variants = [new MediaVariant { Width = 400, Height = 200, Format = ImageFormatKind.Jpeg, Hash = "abc123logo", Data = [1, 2, 3] }],
            };
            var partner = new PartnerBuilder().Titled("Logo AG").Build();
            partner.Logo = logo;
            db.Add(partner);
        });
        var client = portal.CreateClient();

        Assert.Contains("/media/abc123logo.jpg", PageHtml.MainContent(await client.GetPageAsync("/auslage")), StringComparison.Ordinal);
        var page = PageHtml.MainContent(await client.GetPageAsync("/auslage/logo-ag"));
        Assert.Contains("/media/abc123logo.jpg", page, StringComparison.Ordinal);
        Assert.Contains("alt=\"Logo der Logo AG\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_renamed_partner_answers_its_old_address_with_a_permanent_redirect()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new PartnerBuilder().Titled("Alter Name GmbH").Build()));
        await portal.WithDbAsync(db =>
        {
            var partner = db.Partners.Single(p => p.Slug == "alter-name-gmbh");
            partner.Name = "Neuer Name GmbH";
            partner.Slug = "neuer-name-gmbh";
            db.ApproveShowcase(partner);
        });

        using var response = await portal.CreateNonRedirectingClient().GetAsync(new Uri("/auslage/alter-name-gmbh", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/auslage/neuer-name-gmbh", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_old_address_of_a_partner_that_is_no_longer_public_is_not_found()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new PartnerBuilder().Titled("Rückzug GmbH").WithSlug("rueckzug-alt").Build()));
        await portal.WithDbAsync(db =>
        {
            var partner = db.Partners.Single(p => p.Slug == "rueckzug-alt");
            partner.Slug = "rueckzug-neu";
            partner.State = PublishState.Archived;
        });

        Assert.Equal(HttpStatusCode.NotFound, await portal.CreateNonRedirectingClient().StatusOfAsync("/auslage/rueckzug-alt"));
    }

    [Theory]
    [InlineData("/auslage/gibt-es-nicht")]
    [InlineData("/auslage/Gross-Geschrieben")]
    [InlineData("/auslage/umlaut-%C3%B6")]
    [InlineData("/auslage/punkt.am.ende")]
    public async Task Unknown_or_malformed_slugs_are_not_found(string url)
    {
        await using var portal = new PortalFactory();

        Assert.Equal(HttpStatusCode.NotFound, await portal.CreateNonRedirectingClient().StatusOfAsync(url));
    }

    [Fact]
    public async Task A_slug_far_too_long_is_not_found()
    {
        await using var portal = new PortalFactory();

        Assert.Equal(HttpStatusCode.NotFound, await portal.CreateNonRedirectingClient().StatusOfAsync("/auslage/" + new string('a', 5000)));
    }
}
