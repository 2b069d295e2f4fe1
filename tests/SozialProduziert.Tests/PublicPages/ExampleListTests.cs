using System.Net;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>The example list at /praxisbeispiele: filters narrow, combine and survive malformed values.</summary>
public class ExampleListTests
{
    [Fact]
    public async Task The_list_answers_with_its_german_heading()
    {
        await using var portal = new PortalFactory();

        var page = await portal.CreateClient().OpenAsync("/praxisbeispiele");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Praxisbeispiele", page.H1);
    }

    [Theory]
    [InlineData("?art=dienstleistung", new[] { "Catering Kantine" })]
    [InlineData("?art=reststoffverwertung", new[] { "Planen werden Taschen", "Paletten werden Möbel" })]
    [InlineData("?feld=textil", new[] { "Planen werden Taschen" })]
    [InlineData("?bezirk=amstetten", new[] { "Planen werden Taschen", "Catering Kantine" })]
    [InlineData("?jahr=2015", new[] { "Paletten werden Möbel" })]
    [InlineData("?jahr=2026", new[] { "Planen werden Taschen", "Catering Kantine" })]
    [InlineData("?status=laufend", new[] { "Catering Kantine" })]
    [InlineData("?status=abgeschlossen", new[] { "Planen werden Taschen", "Paletten werden Möbel" })]
    [InlineData("?q=TASCHEN", new[] { "Planen werden Taschen" })]
    [InlineData("?q=moebel", new[] { "Paletten werden Möbel" })]
    [InlineData("?art=reststoffverwertung&bezirk=amstetten", new[] { "Planen werden Taschen" })]
    [InlineData("?art=reststoffverwertung&jahr=2026&feld=holz", new string[0])]
    [InlineData("?art=dienstleistung&status=laufend&q=kantine", new[] { "Catering Kantine" })]
    public async Task Each_filter_narrows_the_list_and_filters_combine(string query, string[] expected)
    {
        await using var portal = await PortalWithThreeExamplesAsync();

        var page = await portal.CreateClient().OpenAsync("/praxisbeispiele" + query);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(expected.Order(), page.CardTitles.Order());
    }

    [Theory]
    [InlineData("?seite=-1")]
    [InlineData("?seite=abc")]
    [InlineData("?seite=99999999999999999999")]
    [InlineData("?jahr=abc")]
    [InlineData("?jahr=-2015")]
    [InlineData("?art=unbekannt")]
    [InlineData("?feld=%27%20OR%201%3D1%20--")]
    [InlineData("?bezirk=..%2F..%2Fetc%2Fpasswd")]
    [InlineData("?status=%00")]
    [InlineData("?q=%C0%AF%FF")]
    [InlineData("?art=dienstleistung&art=give-aways")]
    public async Task Malformed_or_unknown_filter_values_are_ignored_not_answered_with_an_error(string query)
    {
        await using var portal = await PortalWithThreeExamplesAsync();

        var page = await portal.CreateClient().OpenAsync("/praxisbeispiele" + query);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Praxisbeispiele", page.H1);
    }

    [Fact]
    public async Task A_very_long_search_text_is_cut_and_answered()
    {
        await using var portal = await PortalWithThreeExamplesAsync();

        var page = await portal.CreateClient().OpenAsync("/praxisbeispiele?q=" + new string('x', 5000));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.CardTitles);
    }

    [Fact]
    public async Task The_list_is_paged_and_the_pager_keeps_the_filters()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            for (var i = 0; i < 14; i++)
            {
                db.Add(new ExampleBuilder().WithOutput(OutputType.Service).Build());
            }

            db.Add(new ExampleBuilder().WithOutput(OutputType.ProcessSubstitution).Build());
        });
        var client = portal.CreateClient();

        var first = await client.OpenAsync("/praxisbeispiele?art=dienstleistung");
        var second = await client.OpenAsync("/praxisbeispiele?art=dienstleistung&seite=2");

        Assert.Equal(12, first.CardTitles.Count);
        Assert.Equal(2, second.CardTitles.Count);
        Assert.Empty(first.CardTitles.Intersect(second.CardTitles));
        var next = first.Document.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");
        Assert.Equal("/praxisbeispiele?art=dienstleistung&seite=2", next);
    }

    [Fact]
    public async Task A_page_beyond_the_last_shows_the_last_page()
    {
        await using var portal = await PortalWithThreeExamplesAsync();

        var page = await portal.CreateClient().OpenAsync("/praxisbeispiele?seite=50");

        Assert.Equal(3, page.CardTitles.Count);
    }

    /// <summary>
    /// Three public examples: recycling in Amstetten (textile, 2025–2026), recycling in Baden (wood, 2014–2016),
    /// an ongoing catering service in Amstetten since 2024.
    /// </summary>
    private static async Task<PortalFactory> PortalWithThreeExamplesAsync()
    {
        var portal = new PortalFactory();
        await portal.WithDbAsync(async db =>
        {
            var amstetten = new SocialEnterpriseBuilder().InDistrict("Amstetten").Build();
            var baden = new PartnerBuilder().InDistrict("Baden").Build();
            db.AddRange(
                new ExampleBuilder().Titled("Planen werden Taschen").InYears(2025, 2026)
                    .InFieldsOfWork(await db.FieldOfWorkAsync("Textil")).WithSocialEnterprises(amstetten).Build(),
                new ExampleBuilder().Titled("Paletten werden Möbel").InYears(2014, 2016)
                    .InFieldsOfWork(await db.FieldOfWorkAsync("Holz")).WithPartners(baden).Build(),
                new ExampleBuilder().Titled("Catering Kantine").WithOutput(OutputType.Service).OngoingSince(2024)
                    .InFieldsOfWork(await db.FieldOfWorkAsync("Catering")).WithSocialEnterprises(amstetten).Build());
        });
        return portal;
    }
}
