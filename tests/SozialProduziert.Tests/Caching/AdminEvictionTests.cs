using System.Net;
using SozialProduziert.Tests.Admin;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Tests.PublicPages;
using SozialProduziert.Web.Domain;
using static SozialProduziert.Tests.Admin.ExampleForm;

namespace SozialProduziert.Tests.Caching;

/// <summary>
/// Through the real staff forms: editing, publishing, archiving, deleting and restoring a Praxisbeispiel evicts its page
/// and every list, feed and search showing it, at once; another example's page stays cached.
/// </summary>
public class AdminEvictionTests
{
    [Fact]
    public async Task Editing_an_example_evicts_its_page_lists_feed_and_search_but_not_another_examples_page()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateClient();
        var id = await portal.CreateWithEditorAsync(_ => new ExampleBuilder().Titled("Gerahmte Drucke").WithSlug("gerahmt").Build());
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Unberührt").WithSlug("unberuehrt").Build()));
        string[] pages = ["/praxisbeispiele/gerahmt", "/praxisbeispiele/unberuehrt", "/praxisbeispiele", "/", "/praxisbeispiele/feed", "/suche?q=drucke"];
        foreach (var page in pages)
        {
            await visitor.OpenAsync(page);
        }

        await BehindTheApp.RenameExampleAsync(portal, "unberuehrt", "Heimlich umbenannt");
        using var saved = await staff.PostExampleAsync($"/admin/praxisbeispiele/{id}", Fields("Gerahmte Drucke aus Abfallholz", "Published", "gerahmt", version: await portal.VersionOfAsync(id)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Gerahmte Drucke aus Abfallholz", (await visitor.OpenAsync("/praxisbeispiele/gerahmt")).H1);
        Assert.Contains("Gerahmte Drucke aus Abfallholz", (await visitor.OpenAsync("/praxisbeispiele")).CardTitles);
        Assert.Contains("Gerahmte Drucke aus Abfallholz", (await visitor.OpenAsync("/")).CardTitles);
        Assert.Contains("Gerahmte Drucke aus Abfallholz", (await visitor.OpenAsync("/praxisbeispiele/feed")).Html, StringComparison.Ordinal);
        Assert.Contains("Gerahmte Drucke aus Abfallholz", (await visitor.OpenAsync("/suche?q=drucke")).Html, StringComparison.Ordinal);
        Assert.Equal("Unberührt", (await visitor.OpenAsync("/praxisbeispiele/unberuehrt")).H1);
    }

    [Fact]
    public async Task Publishing_and_archiving_with_the_buttons_show_and_hide_the_example_at_once()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateClient();
        var id = await portal.CreateWithEditorAsync(_ => new ExampleBuilder().Titled("Taschen aus Bannern").WithSlug("taschen").Draft().Build());
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Titled("Unberührt").WithSlug("unberuehrt").Build()));
        await visitor.OpenAsync("/praxisbeispiele/unberuehrt");
        Assert.DoesNotContain("Taschen aus Bannern", (await visitor.OpenAsync("/praxisbeispiele")).CardTitles);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/praxisbeispiele/taschen")).Status);
        await BehindTheApp.RenameExampleAsync(portal, "unberuehrt", "Heimlich umbenannt");
        var editPage = $"/admin/praxisbeispiele/{id}";

        using var published = await staff.SubmitFormAsync($"{editPage}/veroeffentlichen", new() { ["version"] = $"{await portal.VersionOfAsync(id)}" }, editPage);

        Assert.Contains("Taschen aus Bannern", (await visitor.OpenAsync("/praxisbeispiele")).CardTitles);
        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync("/praxisbeispiele/taschen")).Status);

        using var archived = await staff.SubmitFormAsync($"{editPage}/archivieren", new() { ["version"] = $"{await portal.VersionOfAsync(id)}" }, editPage);

        Assert.DoesNotContain("Taschen aus Bannern", (await visitor.OpenAsync("/praxisbeispiele")).CardTitles);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/praxisbeispiele/taschen")).Status);
        Assert.Equal("Unberührt", (await visitor.OpenAsync("/praxisbeispiele/unberuehrt")).H1);
    }

    [Fact]
    public async Task Deleting_and_restoring_an_example_evicts_its_page_the_lists_and_the_sitemap()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateClient();
        var id = await portal.CreateWithEditorAsync(_ => new ExampleBuilder().Titled("Hochbeete aus Paletten").WithSlug("hochbeete").Build());
        Assert.Contains("/praxisbeispiele/hochbeete", (await visitor.OpenAsync("/sitemap.xml")).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync("/praxisbeispiele/hochbeete")).Status);
        Assert.Contains("Hochbeete aus Paletten", (await visitor.OpenAsync("/")).CardTitles);

        using var trashed = await staff.SubmitFormAsync($"/admin/praxisbeispiele/{id}/loeschen", [], formPage: $"/admin/praxisbeispiele/{id}");

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/praxisbeispiele/hochbeete")).Status);
        Assert.DoesNotContain("Hochbeete aus Paletten", (await visitor.OpenAsync("/")).CardTitles);
        Assert.DoesNotContain("/praxisbeispiele/hochbeete", (await visitor.OpenAsync("/sitemap.xml")).Html, StringComparison.Ordinal);

        using var restored = await staff.SubmitFormAsync($"/admin/papierkorb/BestPracticeExample/{id}/wiederherstellen", [], formPage: "/admin/papierkorb");

        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync("/praxisbeispiele/hochbeete")).Status);
        Assert.Contains("Hochbeete aus Paletten", (await visitor.OpenAsync("/")).CardTitles);
        Assert.Contains("/praxisbeispiele/hochbeete", (await visitor.OpenAsync("/sitemap.xml")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_an_earlier_version_evicts_the_page()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateClient();
        var id = await portal.CreateWithEditorAsync(_ => new ExampleBuilder().Titled("Erste Fassung").WithSlug("fassung").Build());
        await portal.EditWithEditorAsync<BestPracticeExample>(id, (_, example) =>
        {
            example.Title = "Zweite Fassung";
            return Task.CompletedTask;
        });
        Assert.Equal("Zweite Fassung", (await visitor.OpenAsync("/praxisbeispiele/fassung")).H1);

        var version = $"/admin/verlauf/BestPracticeExample/{id}/version/1";
        using var restored = await staff.SubmitFormAsync($"{version}/wiederherstellen", [], formPage: version);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal("Erste Fassung", (await visitor.OpenAsync("/praxisbeispiele/fassung")).H1);
    }
}
