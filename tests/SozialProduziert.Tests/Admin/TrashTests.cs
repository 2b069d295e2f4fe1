using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Tests.PublicPages;
using SozialProduziert.Web.Domain;
using static SozialProduziert.Tests.Admin.HistoryTests;

namespace SozialProduziert.Tests.Admin;

/// <summary>The Papierkorb: deleted items vanish from the public site, staff restore them, only Administrators purge.</summary>
public class TrashTests
{
    [Fact]
    public async Task A_trashed_page_is_gone_publicly_listed_in_the_papierkorb_and_back_after_restore()
    {
        await using var portal = new PortalFactory();
        var email = $"bernd-{Guid.NewGuid():N}@komunitas.example";
        var staff = await portal.SignInAsStaffAsync(Roles.Editor, email);
        var visitor = portal.CreateClient();
        var id = await PageIdAsync(portal, PageSlugs.Imprint);
        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync("/impressum")).Status);

        using var trashed = await staff.SubmitFormAsync($"/admin/seiten/{id}/loeschen", [], formPage: $"/admin/seiten/{id}");
        var trash = await staff.OpenAsync("/admin/papierkorb");

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/impressum")).Status);
        var row = trash.Document.QuerySelectorAll("tbody tr").Single();
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Seite", cells[0]);
        Assert.Equal("Impressum", cells[1]);
        Assert.Equal(email, cells[3]);
        Assert.Null(row.QuerySelector("a[href$='/endgueltig-loeschen']"));

        using var restored = await staff.SubmitFormAsync($"/admin/papierkorb/Page/{id}/wiederherstellen", [], formPage: "/admin/papierkorb");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync("/impressum")).Status);
        Assert.Contains("Der Papierkorb ist leer.", (await staff.OpenAsync("/admin/papierkorb")).Html, StringComparison.Ordinal);
        var actions = (await portal.RevisionsAsync<Page>(id)).Select(r => r.Action).TakeLast(2);
        Assert.Equal(["In den Papierkorb gelegt", "Aus dem Papierkorb wiederhergestellt"], actions);
    }

    [Fact]
    public async Task A_trashed_example_leaves_the_public_list_and_detail_page_until_restored()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateClient();
        var id = await portal.CreateWithEditorAsync(_ => new ExampleBuilder().Titled("Hochbeete aus Paletten").WithSlug("hochbeete").Build());

        await portal.MoveToTrashAsync<BestPracticeExample>(id);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/praxisbeispiele/hochbeete")).Status);
        Assert.DoesNotContain("Hochbeete aus Paletten", (await visitor.OpenAsync("/praxisbeispiele")).CardTitles);
        Assert.Contains("Praxisbeispiel", (await staff.OpenAsync("/admin/papierkorb")).Document.QuerySelector("tbody tr td")?.TextContent, StringComparison.Ordinal);

        using var restored = await staff.SubmitFormAsync($"/admin/papierkorb/BestPracticeExample/{id}/wiederherstellen", [], formPage: "/admin/papierkorb");

        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync("/praxisbeispiele/hochbeete")).Status);
        Assert.Contains("Hochbeete aus Paletten", (await visitor.OpenAsync("/praxisbeispiele")).CardTitles);
    }

    [Fact]
    public async Task A_trashed_sozialbetrieb_hides_its_offers_from_the_public_site()
    {
        await using var portal = new PortalFactory();
        var enterprise = new SocialEnterpriseBuilder().WithSlug("holzwerkstatt").Build();
        await portal.WithDbAsync(db => db.Add(new OfferBuilder().Titled("Schneidbretter aus Eiche").WithSlug("schneidbretter").By(enterprise).Build()));
        var visitor = portal.CreateClient();
        Assert.Equal(["Schneidbretter aus Eiche"], (await SearchResultsPage.LoadAsync(visitor, "Schneidbretter")).TitlesIn("angebote"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync("/angebote/schneidbretter")).Status);

        await portal.MoveToTrashAsync<SocialEnterprise>(enterprise.Id);

        Assert.Empty((await SearchResultsPage.LoadAsync(visitor, "Schneidbretter")).TitlesIn("angebote"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/angebote/schneidbretter")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/sozialbetriebe/holzwerkstatt")).Status);
        Assert.DoesNotContain("Schneidbretter aus Eiche", (await visitor.OpenAsync("/angebote")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redaktion_may_not_purge_and_does_not_see_the_button()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var id = await portal.CreateWithEditorAsync(_ => new PageBuilder().Build());
        await portal.MoveToTrashAsync<Page>(id);

        var trash = await staff.OpenAsync("/admin/papierkorb");
        using var confirm = await staff.GetAsync($"/admin/papierkorb/Page/{id}/endgueltig-loeschen");
        using var purge = await staff.SubmitFormAsync($"/admin/papierkorb/Page/{id}/endgueltig-loeschen", new() { ["confirmed"] = "true" }, formPage: "/admin/papierkorb");

        Assert.Null(trash.Document.QuerySelector("a[href$='/endgueltig-loeschen']"));
        Assert.Equal(HttpStatusCode.Forbidden, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, purge.StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Pages.CountAsync(p => p.Id == id)));
    }

    [Fact]
    public async Task An_administrator_purges_an_item_with_its_revisions_and_the_audit_log_keeps_a_note()
    {
        await using var portal = new PortalFactory();
        var admin = await portal.SignInAsStaffAsync(Roles.Administrator);
        var id = await portal.CreateWithEditorAsync(_ => new PageBuilder().Titled("Alte Presseseite").Build());
        await portal.MoveToTrashAsync<Page>(id);

        var confirm = await admin.OpenAsync($"/admin/papierkorb/Page/{id}/endgueltig-loeschen");
        using var purged = await admin.SubmitFormAsync($"/admin/papierkorb/Page/{id}/endgueltig-loeschen", new() { ["confirmed"] = "true" });

        Assert.Equal("Endgültig löschen: Alte Presseseite", confirm.H1);
        Assert.Contains("nicht rückgängig", confirm.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, purged.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Pages.CountAsync(p => p.Id == id)));
        Assert.Empty(await portal.RevisionsAsync<Page>(id));
        var audit = await portal.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.ContentPurged));
        Assert.Equal(("Page", id), (audit.ContentType, audit.ContentId));
        Assert.Contains("Alte Presseseite", audit.Details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/verlauf/Page/{id}")).StatusCode);
        Assert.Contains("Der Papierkorb ist leer.", (await admin.OpenAsync("/admin/papierkorb")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purging_a_sozialbetrieb_takes_its_offers_and_purging_a_download_its_file()
    {
        await using var portal = new PortalFactory();
        var admin = await portal.SignInAsStaffAsync(Roles.Administrator);
        var enterpriseId = await portal.CreateWithEditorAsync(_ => new SocialEnterpriseBuilder().Build());
        var offerId = await portal.CreateWithEditorAsync(_ => new OfferBuilder().Titled("Lettershop").By(enterpriseId).Build());
        var downloadId = await portal.CreateWithEditorAsync(_ => new DownloadBuilder().Build());
        var fileId = await portal.WithDbAsync(db => db.Downloads.Where(d => d.Id == downloadId).Select(d => d.StoredFileId).SingleAsync());
        await portal.MoveToTrashAsync<SocialEnterprise>(enterpriseId);
        await portal.MoveToTrashAsync<Download>(downloadId);

        var confirm = await admin.OpenAsync($"/admin/papierkorb/SocialEnterprise/{enterpriseId}/endgueltig-loeschen");
        using var enterprise = await admin.SubmitFormAsync($"/admin/papierkorb/SocialEnterprise/{enterpriseId}/endgueltig-loeschen", new() { ["confirmed"] = "true" });
        using var download = await admin.SubmitFormAsync($"/admin/papierkorb/Download/{downloadId}/endgueltig-loeschen", new() { ["confirmed"] = "true" });

        Assert.Contains("Lettershop", confirm.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, enterprise.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, download.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Offers.CountAsync(o => o.Id == offerId)));
        Assert.Empty(await portal.RevisionsAsync<Offer>(offerId));
        Assert.Equal(0, await portal.WithDbAsync(db => db.StoredFiles.CountAsync(f => f.Id == fileId)));
        Assert.Equal(3, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.ContentPurged)));
    }

    [Fact]
    public async Task Purging_a_partner_unlinks_it_from_examples_and_their_restore_then_skips_it()
    {
        await using var portal = new PortalFactory();
        var admin = await portal.SignInAsStaffAsync(Roles.Administrator);
        var partner = new PartnerBuilder().Titled("Tischlerei Gruber").Build();
        var exampleId = await portal.CreateWithEditorAsync(_ => new ExampleBuilder().WithPartners(partner).Build());
        await portal.MoveToTrashAsync<Partner>(partner.Id);

        using var purged = await admin.SubmitFormAsync($"/admin/papierkorb/Partner/{partner.Id}/endgueltig-loeschen", new() { ["confirmed"] = "true" });
        using var restored = await admin.SubmitFormAsync($"/admin/verlauf/BestPracticeExample/{exampleId}/version/1/wiederherstellen", [], formPage: $"/admin/verlauf/BestPracticeExample/{exampleId}");
        var history = await admin.OpenAsync($"/admin/verlauf/BestPracticeExample/{exampleId}");

        Assert.Equal(HttpStatusCode.Redirect, purged.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Examples.Where(e => e.Id == exampleId).SelectMany(e => e.Partners).CountAsync()));
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("existiert nicht mehr und wurde ausgelassen", history.Html, StringComparison.Ordinal);
        var revision = await admin.OpenAsync($"/admin/verlauf/BestPracticeExample/{exampleId}/version/1");
        Assert.Contains($"Eintrag Nr. {partner.Id} (nicht mehr vorhanden)", revision.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Items_not_in_the_papierkorb_cannot_be_restored_or_purged_from_it()
    {
        await using var portal = new PortalFactory();
        var admin = await portal.SignInAsStaffAsync(Roles.Administrator);
        using var created = await admin.SubmitFormAsync("/admin/seiten/neu", PageFields("Presse", "presse", "Text."));
        var id = await PageIdAsync(portal, "presse");

        using var restore = await admin.SubmitFormAsync($"/admin/papierkorb/Page/{id}/wiederherstellen", [], formPage: "/admin/papierkorb");
        using var purge = await admin.SubmitFormAsync($"/admin/papierkorb/Page/{id}/endgueltig-loeschen", new() { ["confirmed"] = "true" }, formPage: "/admin/papierkorb");
        using var unknown = await admin.SubmitFormAsync($"/admin/papierkorb/Unbekannt/{id}/wiederherstellen", [], formPage: "/admin/papierkorb");
        using var confirm = await admin.GetAsync($"/admin/papierkorb/Page/{id}/endgueltig-loeschen");

        Assert.Equal(HttpStatusCode.NotFound, restore.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, purge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Pages.CountAsync(p => p.Id == id)));
    }

    [Fact]
    public async Task An_administrator_sees_the_purge_link_in_the_papierkorb()
    {
        await using var portal = new PortalFactory();
        var admin = await portal.SignInAsStaffAsync(Roles.Administrator);
        var id = await portal.CreateWithEditorAsync(_ => new PartnerBuilder().Titled("Tischlerei Gruber").Build());
        await portal.MoveToTrashAsync<Partner>(id);

        var trash = await admin.OpenAsync("/admin/papierkorb");

        Assert.NotNull(trash.Document.QuerySelector($"a[href='/admin/papierkorb/Partner/{id}/endgueltig-loeschen']"));
        Assert.NotNull(trash.Document.QuerySelector($"form[action='/admin/papierkorb/Partner/{id}/wiederherstellen'] input[name=__RequestVerificationToken]"));
    }
}
