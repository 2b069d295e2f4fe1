using System.Net;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>/sozialbetriebe: filters from the URL, combined with AND, on public Sozialbetriebe only, sorted by name.</summary>
public class SocialEnterpriseListTests
{
    [Fact]
    public async Task Empty_list_answers_with_its_heading_and_says_nothing_is_published_yet()
    {
        await using var portal = new PortalFactory();

        var page = await portal.CreateClient().OpenOkAsync("/sozialbetriebe");

        Assert.Equal("Sozialbetriebe", page.OnlyH1);
        Assert.Contains("Noch sind keine Sozialbetriebe veröffentlicht.", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "alpha,beta,delta,gamma")]
    [InlineData("bezirk=baden", "alpha,beta")]
    [InlineData("feld=holz", "alpha,gamma")]
    [InlineData("segment=soeb", "alpha")]
    [InlineData("segment=werkstaette", "beta")]
    [InlineData("segment=2am", "alpha,delta")]
    [InlineData("segment=3am", "beta,gamma")]
    [InlineData("guetesiegel=goodworks", "alpha,delta")]
    [InlineData("q=Küchenbretter", "alpha")]
    [InlineData("q=KUECHENBRETTER", "alpha")]
    [InlineData("bezirk=baden&feld=holz", "alpha")]
    [InlineData("bezirk=melk&segment=3am", "gamma")]
    [InlineData("feld=textil&guetesiegel=goodworks", "delta")]
    [InlineData("bezirk=baden&feld=holz&segment=2am&guetesiegel=goodworks&q=drechslerei", "alpha")]
    [InlineData("bezirk=baden&guetesiegel=arbeit-plus-guetesiegel", "")]
    public async Task Filters_narrow_the_list_and_combine(string query, string expectedSlugs)
    {
        await using var portal = new PortalFactory();
        await SeedFilterFixtureAsync(portal);

        var page = await portal.CreateClient().OpenOkAsync("/sozialbetriebe?" + query);

        Assert.Equal(expectedSlugs, string.Join(',', page.CardSlugs("sozialbetriebe")));
    }

    [Fact]
    public async Task List_shows_twelve_per_page_sorted_by_name()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(Enumerable.Range(1, 13).Reverse()
            .Select(n => new SocialEnterpriseBuilder().Titled($"Betrieb {n:00}").WithSlug($"betrieb-{n:00}").Build())));
        var client = portal.CreateClient();

        var first = (await client.OpenOkAsync("/sozialbetriebe")).CardSlugs("sozialbetriebe");
        var second = (await client.OpenOkAsync("/sozialbetriebe?seite=2")).CardSlugs("sozialbetriebe");

        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"betrieb-{n:00}"), first);
        Assert.Equal(["betrieb-13"], second);
    }

    [Fact]
    public async Task Umlauts_sort_with_their_letters_and_lower_case_names_among_the_others()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new SocialEnterpriseBuilder().Titled("Zwettler Werkstatt").WithSlug("zwettl").Build(),
            new SocialEnterpriseBuilder().Titled("Ökowerkstatt Tulln").WithSlug("oeko").Build(),
            new SocialEnterpriseBuilder().Titled("Nähstube Gmünd").WithSlug("naeh").Build(),
            new SocialEnterpriseBuilder().Titled("arbeitsraum Baden").WithSlug("arbeitsraum").Build(),
            new SocialEnterpriseBuilder().Titled("Offene Werkstatt Melk").WithSlug("offen").Build(),
            new SocialEnterpriseBuilder().Titled("Nachbarschaftshilfe Horn").WithSlug("nachbar").Build()));

        var page = await portal.CreateClient().OpenOkAsync("/sozialbetriebe");

        // Folded names: arbeitsraum, nachbarschaftshilfe, naehstube, oekowerkstatt, offene, zwettler.
        Assert.Equal(["arbeitsraum", "nachbar", "naeh", "oeko", "offen", "zwettl"], page.CardSlugs("sozialbetriebe"));
    }

    [Theory]
    [InlineData("seite=-1")]
    [InlineData("seite=abc")]
    [InlineData("seite=2.5")]
    [InlineData("seite=99999999999999999999")]
    [InlineData("bezirk=gibt-es-nicht")]
    [InlineData("bezirk=%3Cscript%3E")]
    [InlineData("feld=%C3%84%C3%96%C3%9C")]
    [InlineData("segment=4am")]
    [InlineData("segment=SOEB")]
    [InlineData("guetesiegel=%00")]
    [InlineData("bezirk=baden&bezirk=melk")]
    [InlineData("q=%25%5F%27%22")]
    public async Task Malformed_or_unknown_query_values_never_fail(string query)
    {
        await using var portal = new PortalFactory();
        await SeedFilterFixtureAsync(portal);

        var page = await portal.CreateClient().OpenOkAsync("/sozialbetriebe?" + query);

        Assert.Equal("Sozialbetriebe", page.OnlyH1);
    }

    [Fact]
    public async Task A_five_thousand_character_search_never_fails()
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateClient().GetAsync(new Uri("/sozialbetriebe?q=" + new string('ä', 5000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// alpha: Baden, Holz, SÖB, goodworks · beta: Baden, Textil, Werkstätte · gamma: Melk, Holz, Tagesstruktur,
    /// arbeit plus · delta: Melk, Textil, GBP, goodworks · a draft that matches every filter and must never show.
    /// </summary>
    private static Task SeedFilterFixtureAsync(PortalFactory portal) => portal.WithDbAsync(async db =>
    {
        var holz = await db.FieldOfWorkAsync("Holz");
        var textil = await db.FieldOfWorkAsync("Textil");
        var goodworks = await db.QualityMarkAsync("goodworks");
        var arbeitPlus = await db.QualityMarkAsync("arbeit-plus-guetesiegel");
        db.AddRange(
            new SocialEnterpriseBuilder().Titled("Alpha Tischlerei").WithSlug("alpha").InDistrict("Baden").InFieldsOfWork(holz)
                .InSegment(LabourMarketSegment.SocialEconomicEnterprise).WithQualityMarks(goodworks)
                .WithTeaser("Drechslerei für Küchenbretter und Schneidbretter.").Build(),
            new SocialEnterpriseBuilder().Titled("Beta Näherei").WithSlug("beta").InDistrict("Baden").InFieldsOfWork(textil)
                .InSegment(LabourMarketSegment.Workshop).Build(),
            new SocialEnterpriseBuilder().Titled("Gamma Werkstatt").WithSlug("gamma").InDistrict("Melk").InFieldsOfWork(holz)
                .InSegment(LabourMarketSegment.DayStructure).WithQualityMarks(arbeitPlus).Build(),
            new SocialEnterpriseBuilder().Titled("Delta Service").WithSlug("delta").InDistrict("Melk").InFieldsOfWork(textil)
                .InSegment(LabourMarketSegment.NonProfitEmploymentProject).WithQualityMarks(goodworks).Build(),
            new SocialEnterpriseBuilder().Titled("Aaa Entwurf").WithSlug("entwurf").InDistrict("Baden").InFieldsOfWork(holz, textil)
                .InSegment(LabourMarketSegment.SocialEconomicEnterprise).WithQualityMarks(goodworks, arbeitPlus)
                .WithTeaser("Drechslerei für Küchenbretter.").Draft().Build());
    });
}
