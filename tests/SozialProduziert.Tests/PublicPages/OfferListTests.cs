using System.Net;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>/angebote: filters from the URL, combined with AND, on public offers of public Sozialbetriebe only.</summary>
public class OfferListTests
{
    [Fact]
    public async Task Empty_list_answers_with_its_heading_and_says_nothing_is_published_yet()
    {
        await using var portal = new PortalFactory();

        var page = await portal.CreateClient().OpenOkAsync("/angebote");

        Assert.Equal("Angebote", page.OnlyH1);
        Assert.Contains("Noch sind keine Angebote veröffentlicht.", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "alpha,beta,delta,gamma")]
    [InlineData("art=produkt", "alpha,delta")]
    [InlineData("art=dienstleistung", "beta,gamma")]
    [InlineData("feld=textil", "beta,delta")]
    [InlineData("bezirk=baden", "alpha,beta")]
    [InlineData("q=Lärchenholz", "alpha")]
    [InlineData("q=LAERCHENHOLZ", "alpha")]
    [InlineData("art=produkt&bezirk=melk", "delta")]
    [InlineData("art=dienstleistung&feld=textil&bezirk=baden", "beta")]
    [InlineData("art=produkt&feld=holz&bezirk=baden&q=weinkiste", "alpha")]
    [InlineData("feld=gruenraumpflege&bezirk=baden", "")]
    public async Task Filters_narrow_the_list_and_combine(string query, string expectedSlugs)
    {
        await using var portal = new PortalFactory();
        await SeedFilterFixtureAsync(portal);

        var page = await portal.CreateClient().OpenOkAsync("/angebote?" + query);

        Assert.Equal(expectedSlugs, string.Join(',', page.CardSlugs("angebote")));
    }

    [Fact]
    public async Task List_pages_by_twelve()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(Enumerable.Range(1, 14)
            .Select(n => new OfferBuilder().Titled($"Angebot {n:00}").WithSlug($"angebot-{n:00}").Build())));
        var client = portal.CreateClient();

        var second = (await client.OpenOkAsync("/angebote?seite=2")).CardSlugs("angebote");

        Assert.Equal(["angebot-13", "angebot-14"], second);
    }

    [Theory]
    [InlineData("seite=-1")]
    [InlineData("seite=abc")]
    [InlineData("seite=99999999999999999999")]
    [InlineData("art=moebel")]
    [InlineData("art=Produkt")]
    [InlineData("feld=gibt-es-nicht")]
    [InlineData("bezirk=%3Cscript%3E")]
    [InlineData("art=produkt&art=dienstleistung")]
    [InlineData("q=%25%5F%27%22")]
    public async Task Malformed_or_unknown_query_values_never_fail(string query)
    {
        await using var portal = new PortalFactory();
        await SeedFilterFixtureAsync(portal);

        var page = await portal.CreateClient().OpenOkAsync("/angebote?" + query);

        Assert.Equal("Angebote", page.OnlyH1);
    }

    [Fact]
    public async Task A_five_thousand_character_search_never_fails()
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateClient().GetAsync(new Uri("/angebote?q=" + new string('x', 5000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// alpha: product, Holz, Baden · beta: service, Textil, Baden · gamma: service, Grünraumpflege, Melk ·
    /// delta: product, Textil, Melk · a draft offer and a public offer of a draft Sozialbetrieb, both matching everything.
    /// </summary>
    private static Task SeedFilterFixtureAsync(PortalFactory portal) => portal.WithDbAsync(db =>
    {
        var baden = new SocialEnterpriseBuilder().InDistrict("Baden").Build();
        var melk = new SocialEnterpriseBuilder().InDistrict("Melk").Build();
        var hiddenBaden = new SocialEnterpriseBuilder().InDistrict("Baden").Draft().Build();
        db.AddRange(
            new OfferBuilder().Titled("Alpha Weinkiste").WithSlug("alpha").By(baden).OfKind(OfferKind.Product).InFieldOfWork("Holz")
                .WithDescription("Weinkiste aus Lärchenholz, auf Wunsch mit Brandzeichen.").Build(),
            new OfferBuilder().Titled("Beta Nähservice").WithSlug("beta").By(baden).OfKind(OfferKind.Service).InFieldOfWork("Textil").Build(),
            new OfferBuilder().Titled("Gamma Gartenpflege").WithSlug("gamma").By(melk).OfKind(OfferKind.Service).InFieldOfWork("Grünraumpflege").Build(),
            new OfferBuilder().Titled("Delta Tasche").WithSlug("delta").By(melk).OfKind(OfferKind.Product).InFieldOfWork("Textil").Build(),
            new OfferBuilder().Titled("Aaa Entwurf").WithSlug("entwurf").By(baden).OfKind(OfferKind.Product).InFieldOfWork("Holz")
                .WithDescription("Weinkiste aus Lärchenholz").Draft().Build(),
            new OfferBuilder().Titled("Aab Vom Entwurf").WithSlug("vom-entwurf").By(hiddenBaden).OfKind(OfferKind.Product).InFieldOfWork("Holz")
                .WithDescription("Weinkiste aus Lärchenholz").Build());
    });
}
