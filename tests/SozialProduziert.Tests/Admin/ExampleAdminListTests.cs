using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>The staff list of Praxisbeispiele: search, state and output filters, sorting and paging.</summary>
public class ExampleAdminListTests
{
    [Fact]
    public async Task Filters_narrow_the_list_and_combine_and_the_papierkorb_stays_out()
    {
        await using var portal = await SeededAsync();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        Assert.Equal(["Möbel aus Messeholz"], await TitlesAsync(staff, "?q=moebel"));
        Assert.Equal(["Entwurf Reinigung"], await TitlesAsync(staff, "?status=entwurf"));
        Assert.Equal(["Archivierte Taschen"], await TitlesAsync(staff, "?status=archiviert"));
        Assert.Equal(["Entwurf Reinigung", "Gebäudereinigung"], await TitlesAsync(staff, "?art=dienstleistung&sortierung=titel"));
        Assert.Equal(["Gebäudereinigung"], await TitlesAsync(staff, "?art=dienstleistung&status=veroeffentlicht"));
        Assert.DoesNotContain("Im Papierkorb", await TitlesAsync(staff, ""));
    }

    [Fact]
    public async Task Sorting_by_title_and_by_year_orders_the_rows()
    {
        await using var portal = await SeededAsync();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        Assert.Equal(["Archivierte Taschen", "Entwurf Reinigung", "Gebäudereinigung", "Möbel aus Messeholz"], await TitlesAsync(staff, "?sortierung=titel"));
        // Ongoing first, then by the last year of the collaboration.
        Assert.Equal(["Gebäudereinigung", "Möbel aus Messeholz", "Entwurf Reinigung", "Archivierte Taschen"], await TitlesAsync(staff, "?sortierung=jahr"));
    }

    [Fact]
    public async Task The_list_pages_by_25_and_the_pager_keeps_the_filters()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(Enumerable.Range(1, 26).Select(i => new ExampleBuilder().WithOutput(OutputType.Service).Build())));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var first = await staff.OpenAsync("/admin/praxisbeispiele?art=dienstleistung");
        var second = await staff.OpenAsync("/admin/praxisbeispiele?art=dienstleistung&seite=2");

        Assert.Equal(25, first.Document.QuerySelectorAll(".admin-table tbody tr").Length);
        Assert.Single(second.Document.QuerySelectorAll(".admin-table tbody tr"));
        var pagerLinks = first.Document.QuerySelectorAll("a[href*='seite=2']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/admin/praxisbeispiele?art=dienstleistung&seite=2", pagerLinks);
    }

    [Theory]
    [InlineData("?seite=-1")]
    [InlineData("?seite=abc&status=unbekannt&art=unbekannt&sortierung=quer")]
    [InlineData("?seite=99999999999")]
    public async Task Malformed_query_values_are_ignored(string query)
    {
        await using var portal = await SeededAsync();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var page = await staff.OpenAsync("/admin/praxisbeispiele" + query);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Praxisbeispiele", page.H1);
        Assert.Equal(4, page.Document.QuerySelectorAll(".admin-table tbody tr").Length);
    }

    [Fact]
    public async Task A_very_long_search_text_is_answered_not_failed()
    {
        await using var portal = await SeededAsync();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var page = await staff.OpenAsync("/admin/praxisbeispiele?q=" + new string('ö', 5000));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Keine Praxisbeispiele gefunden.", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_demo_example_opens_in_the_editor_and_in_the_preview()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var ids = await portal.WithDbAsync(db => db.Examples.Where(e => e.DeletedAt == null).Select(e => e.Id).ToListAsync());

        foreach (var id in ids)
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.OpenAsync($"/admin/praxisbeispiele/{id}")).Status);
            Assert.Equal(HttpStatusCode.OK, (await staff.OpenAsync($"/admin/praxisbeispiele/{id}/vorschau")).Status);
        }

        Assert.Equal(HttpStatusCode.OK, (await staff.OpenAsync("/admin/praxisbeispiele")).Status);
    }

    private static async Task<PortalFactory> SeededAsync()
    {
        var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            db.AddRange(
                new ExampleBuilder().Titled("Möbel aus Messeholz").InYears(2021, 2023).Build(),
                new ExampleBuilder().Titled("Gebäudereinigung").WithOutput(OutputType.Service).OngoingSince(2019).Build(),
                new ExampleBuilder().Titled("Entwurf Reinigung").WithOutput(OutputType.Service).InYears(2022, null).Draft().Build(),
                new ExampleBuilder().Titled("Archivierte Taschen").WithOutput(OutputType.GiveAwaysAndCustomProducts).InYears(2016, 2017).Archived().Build());
            var trashed = new ExampleBuilder().Titled("Im Papierkorb").Build();
            trashed.DeletedAt = ContentBuilder<ExampleBuilder, BestPracticeExample>.DefaultPublishAt;
            db.Add(trashed);
        });
        return portal;
    }

    private static async Task<IReadOnlyList<string>> TitlesAsync(HttpClient staff, string query)
    {
        var page = await staff.OpenAsync("/admin/praxisbeispiele" + query);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll(".admin-table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
    }
}
