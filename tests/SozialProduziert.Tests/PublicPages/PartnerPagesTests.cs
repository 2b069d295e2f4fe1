using System.Net;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

public class PartnerPagesTests
{
    [Fact]
    public async Task Showcase_list_answers_with_its_heading_and_lists_public_partners_alphabetically_the_Austrian_way()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new PartnerBuilder().Titled("Zwettler Holzbau").Build(),
            new PartnerBuilder().Titled("Österreichische Beispielpost").Build(),
            new PartnerBuilder().Titled("Amstettner Druckerei").Build()));

        var html = await portal.CreateClient().OpenOkAsync("/auslage");

        Assert.Equal("Virtuelle Auslage", html.OnlyH1);
        Assert.Contains("Vorbildcharakter", html.Html, StringComparison.Ordinal);
        Assert.Equal(["Amstettner Druckerei", "Österreichische Beispielpost", "Zwettler Holzbau"], PartnerNames(html));
    }

    [Fact]
    public async Task Kind_filter_shows_only_partners_of_that_kind()
    {
        await using var portal = await PortalWithThreePartnersAsync();

        var html = await portal.CreateClient().OpenOkAsync("/auslage?art=gemeinde");

        Assert.Equal(["Marktgemeinde Baden-Test"], PartnerNames(html));
        Assert.Contains("1 Partner gefunden", html.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_filter_shows_only_partners_based_there()
    {
        await using var portal = await PortalWithThreePartnersAsync();

        var html = await portal.CreateClient().OpenOkAsync("/auslage?bezirk=baden");

        Assert.Equal(["Kurhaus Baden GmbH", "Marktgemeinde Baden-Test"], PartnerNames(html));
    }

    [Fact]
    public async Task Kind_and_district_filters_combine()
    {
        await using var portal = await PortalWithThreePartnersAsync();
        var client = portal.CreateClient();

        Assert.Equal(["Kurhaus Baden GmbH"], PartnerNames(await client.OpenOkAsync("/auslage?art=unternehmen&bezirk=baden")));
        Assert.Empty(PartnerNames(await client.OpenOkAsync("/auslage?art=oeffentlich&bezirk=baden")));
        Assert.Equal(["Landesklinikum Amstetten-Test"], PartnerNames(await client.OpenOkAsync("/auslage?art=oeffentlich&bezirk=amstetten")));
    }

    [Fact]
    public async Task District_choices_are_only_districts_with_a_public_partner()
    {
        await using var portal = await PortalWithThreePartnersAsync();
        await portal.WithDbAsync(db => db.Add(new PartnerBuilder().InDistrict("Zwettl").Draft().Build()));

        var html = await portal.CreateClient().OpenOkAsync("/auslage");

        Assert.Contains("<option value=\"baden\">", html.Html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"amstetten\">", html.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"zwettl\">", html.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_archived_and_scheduled_partners_appear_neither_in_the_list_nor_as_a_page()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new PartnerBuilder().Titled("Sichtbar AG").Build(),
            new PartnerBuilder().Titled("Entwurf AG").Draft().Build(),
            new PartnerBuilder().Titled("Archiv AG").Archived().Build(),
            new PartnerBuilder().Titled("Geplant AG").ScheduledFor(DateTime.UtcNow.AddDays(7)).Build()));
        var client = portal.CreateClient();

        Assert.Equal(["Sichtbar AG"], PartnerNames(await client.OpenOkAsync("/auslage")));
        Assert.Equal(HttpStatusCode.OK, await client.StatusOfAsync("/auslage/sichtbar-ag"));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync("/auslage/entwurf-ag"));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync("/auslage/archiv-ag"));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync("/auslage/geplant-ag"));
    }

    [Fact]
    public async Task List_shows_twelve_partners_a_page_and_a_page_past_the_end_shows_the_last_page()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            Enumerable.Range(1, 14).Select(i => new PartnerBuilder().Titled($"Firma {i:00}").Build())));
        var client = portal.CreateClient();

        var first = PartnerNames(await client.OpenOkAsync("/auslage"));
        var second = PartnerNames(await client.OpenOkAsync("/auslage?seite=2"));
        var beyond = PartnerNames(await client.OpenOkAsync("/auslage?seite=99"));

        Assert.Equal(12, first.Count);
        Assert.Equal(["Firma 13", "Firma 14"], second);
        Assert.Equal(second, beyond);
    }

    [Theory]
    [InlineData("/auslage?seite=-1")]
    [InlineData("/auslage?seite=abc")]
    [InlineData("/auslage?seite=99999999999999999999")]
    [InlineData("/auslage?art=konzern")]
    [InlineData("/auslage?art=Gemeinde&bezirk=BADEN")]
    [InlineData("/auslage?bezirk=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/auslage?art[]=gemeinde&bezirk=baden&bezirk=amstetten")]
    public async Task Malformed_or_unknown_query_values_are_ignored_without_an_error(string url)
    {
        await using var portal = await PortalWithThreePartnersAsync();

        var html = await portal.CreateClient().OpenOkAsync(url);

        Assert.Equal("Virtuelle Auslage", html.OnlyH1);
        Assert.DoesNotContain("<script>alert(1)", html.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_district_value_is_ignored()
    {
        await using var portal = await PortalWithThreePartnersAsync();

        var html = await portal.CreateClient().OpenOkAsync("/auslage?bezirk=" + new string('a', 5000));

        Assert.Equal(3, PartnerNames(html).Count);
    }

    private static async Task<PortalFactory> PortalWithThreePartnersAsync()
    {
        var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new PartnerBuilder().Titled("Kurhaus Baden GmbH").OfKind(PartnerKind.Company).InDistrict("Baden").Build(),
            new PartnerBuilder().Titled("Marktgemeinde Baden-Test").OfKind(PartnerKind.Municipality).InDistrict("Baden").Build(),
            new PartnerBuilder().Titled("Landesklinikum Amstetten-Test").OfKind(PartnerKind.PublicBuyer).InDistrict("Amstetten").Build()));
        return portal;
    }

    private static IReadOnlyList<string> PartnerNames(HtmlPage page) => page.MainLinkTexts("/auslage/");
}
