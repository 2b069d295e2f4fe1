using System.Net;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;

namespace SozialProduziert.Tests.PublicPages;

/// <summary>Drafts, archived and future-dated examples never show on the example pages or the home page.</summary>
public class VisibilityTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Only_published_examples_whose_date_has_come_appear_in_the_list_and_on_the_home_page()
    {
        await using var portal = await PortalWithOneExampleInEachStateAsync();
        var client = portal.CreateClient();

        var list = await client.OpenAsync("/praxisbeispiele");
        var home = await client.OpenAsync("/");

        Assert.Equal(["Sichtbar"], list.CardTitles);
        Assert.Equal(["Sichtbar"], home.CardTitles);
        Assert.Equal("1", FigureOnHome(home, "Praxisbeispiele"));
        Assert.Equal("10", FigureOnHome(home, "Kilogramm Material wiederverwertet"));
    }

    [Theory]
    [InlineData("entwurf")]
    [InlineData("archiviert")]
    [InlineData("geplant")]
    public async Task A_hidden_example_has_no_public_page(string slug)
    {
        await using var portal = await PortalWithOneExampleInEachStateAsync();

        var page = await portal.CreateClient().OpenAsync($"/praxisbeispiele/{slug}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task A_scheduled_example_appears_once_its_publish_date_has_come()
    {
        var clock = new FakeTimeProvider(Now);
        await using var portal = await PortalWithOneExampleInEachStateAsync(clock);
        var client = portal.CreateClient();

        clock.Advance(TimeSpan.FromDays(3));
        var page = await client.OpenAsync("/praxisbeispiele/geplant");

        Assert.Equal(HttpStatusCode.OK, page.Status);
    }

    private static string FigureOnHome(HtmlPage home, string label) =>
        home.Document.QuerySelectorAll(".figures__grid div")
            .Single(d => d.QuerySelector("dt")!.TextContent == label)
            .QuerySelector("dd")!.TextContent;

    private static async Task<PortalFactory> PortalWithOneExampleInEachStateAsync(FakeTimeProvider? clock = null)
    {
        var portal = new PortalFactory { Clock = clock ?? new FakeTimeProvider(Now) };
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleBuilder().Titled("Sichtbar").WithImpact(10, 20, 1).Build(),
            new ExampleBuilder().Titled("Entwurf").Draft().WithImpact(1000, 1000, 1000).Build(),
            new ExampleBuilder().Titled("Archiviert").Archived().WithImpact(1000, 1000, 1000).Build(),
            new ExampleBuilder().Titled("Geplant").ScheduledFor(Now.UtcDateTime.AddDays(2)).WithImpact(1000, 1000, 1000).Build()));
        return portal;
    }
}
