using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>Every save is a revision; staff see the history, compare two revisions and restore any of them.</summary>
public class HistoryTests
{
    [Fact]
    public async Task Every_save_through_the_admin_records_who_when_and_a_full_snapshot()
    {
        await using var portal = new PortalFactory();
        var email = $"anna-{Guid.NewGuid():N}@komunitas.example";
        var staff = await portal.SignInAsStaffAsync(Roles.Editor, email);
        var before = DateTime.UtcNow.AddMinutes(-1);

        using var created = await staff.SubmitFormAsync("/admin/seiten/neu", PageFields("Presse", "presse", "Erster Text."));
        var id = await PageIdAsync(portal, "presse");
        using var edited = await staff.SubmitFormAsync($"/admin/seiten/{id}", PageFields("Presse & Medien", "presse", "Zweiter Text.", version: 0));

        var revisions = await portal.RevisionsAsync<Page>(id);
        Assert.Equal([1, 2], revisions.Select(r => r.Number));
        Assert.Equal(["Angelegt", "Bearbeitet"], revisions.Select(r => r.Action));
        Assert.All(revisions, r => Assert.Equal(email, r.UserName));
        Assert.All(revisions, r => Assert.NotNull(r.UserId));
        Assert.All(revisions, r => Assert.InRange(r.CreatedAt, before, DateTime.UtcNow.AddMinutes(1)));
        var fields = JsonDocument.Parse(revisions[1].Snapshot).RootElement.GetProperty("Fields");
        Assert.Equal("Presse & Medien", fields.GetProperty("Title").GetString());
        Assert.Equal("Zweiter Text.", fields.GetProperty("BodyMarkdown").GetString());
        Assert.Equal("presse", fields.GetProperty("Slug").GetString());
        Assert.Equal((int)PublishState.Draft, fields.GetProperty("State").GetInt32());
        Assert.True(fields.TryGetProperty("PublishAt", out _));
    }

    [Fact]
    public async Task A_revision_holds_relations_and_gallery_order_even_when_the_caller_did_not_load_them()
    {
        await using var portal = new PortalFactory();
        var second = await portal.AddImageAsync("Zweites Bild");
        var first = await portal.AddImageAsync("Erstes Bild");
        var id = await portal.CreateWithEditorAsync(async db => new ExampleBuilder()
            .WithPartners(new PartnerBuilder().Titled("Baufirma Huber").Build())
            .WithSocialEnterprises(new SocialEnterpriseBuilder().Titled("Holzwerkstatt Mostviertel").Build())
            .InFieldsOfWork(await db.FieldOfWorkAsync("Holz"))
            .Build());
        await portal.WithDbAsync(db => db.AddRange(
            new ExampleImage { ExampleId = id, MediaImageId = second, SortOrder = 1 },
            new ExampleImage { ExampleId = id, MediaImageId = first, SortOrder = 0 }));

        // Only the title changes, and the editor never Includes the relations: the revision must still hold them.
        await portal.EditWithEditorAsync<BestPracticeExample>(id, (_, example) =>
        {
            example.Title = "Neuer Titel";
            return Task.CompletedTask;
        });

        var snapshot = JsonDocument.Parse((await portal.RevisionsAsync<BestPracticeExample>(id))[^1].Snapshot).RootElement;
        var relations = snapshot.GetProperty("Relations");
        var partnerId = await portal.WithDbAsync(db => db.Partners.Where(p => p.Name == "Baufirma Huber").Select(p => p.Id).SingleAsync());
        Assert.Equal([partnerId], Ids(relations, "Partners"));
        Assert.Single(Ids(relations, "SocialEnterprises"));
        Assert.Equal([ReferenceData.FieldOfWorkId("Holz")], Ids(relations, "FieldsOfWork"));
        Assert.Equal([first, second], Ids(relations, "Images"));
        Assert.Equal("Neuer Titel", snapshot.GetProperty("Fields").GetProperty("Title").GetString());
    }

    [Fact]
    public async Task The_history_lists_revisions_newest_first_with_a_form_to_compare_two()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await staff.SubmitFormAsync("/admin/seiten/neu", PageFields("Presse", "presse", "Text."));
        var id = await PageIdAsync(portal, "presse");
        using var edited = await staff.SubmitFormAsync($"/admin/seiten/{id}", PageFields("Presse neu", "presse", "Text.", version: 0));

        var history = await staff.OpenAsync($"/admin/verlauf/Page/{id}");

        Assert.Equal(HttpStatusCode.OK, history.Status);
        Assert.Equal("Versionen: Presse neu", history.H1);
        var rows = history.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(["Version 2 (aktuell)", "Version 1"], rows);
        var form = history.Document.QuerySelector($"form[method=get][action='/admin/verlauf/Page/{id}/vergleich']");
        Assert.NotNull(form);
        Assert.Equal("1", form.QuerySelector("input[name=von][checked]")?.GetAttribute("value"));
        Assert.Equal("2", form.QuerySelector("input[name=bis][checked]")?.GetAttribute("value"));
        Assert.Equal(2, form.QuerySelectorAll("label[for^=von-]").Length);
    }

    [Fact]
    public async Task Comparing_two_revisions_shows_the_changed_field_and_the_added_and_removed_lines()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await staff.SubmitFormAsync("/admin/seiten/neu", PageFields("Presse", "presse", "## Kontakt\nZeile zwei\nZeile drei"));
        var id = await PageIdAsync(portal, "presse");
        using var edited = await staff.SubmitFormAsync($"/admin/seiten/{id}", PageFields("Presse & Medien", "presse", "## Kontakt\nZeile zwei, neu geschrieben\nZeile drei", version: 0));

        // Asking for the newer one first still shows the older one as "before".
        var compare = await staff.OpenAsync($"/admin/verlauf/Page/{id}/vergleich?von=2&bis=1");

        Assert.Equal(HttpStatusCode.OK, compare.Status);
        Assert.Equal("Version 1 und 2 vergleichen", compare.H1);
        var titleRow = compare.Document.QuerySelectorAll(".compare-table tbody tr").Single();
        Assert.Equal(["Titel", "Presse", "Presse & Medien"], titleRow.Children.Select(c => c.TextContent.Trim()));
        var added = compare.Document.QuerySelectorAll(".diff__line--added").Select(l => l.TextContent.Trim()).ToList();
        var removed = compare.Document.QuerySelectorAll(".diff__line--removed").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["+hinzugefügt: Zeile zwei, neu geschrieben"], added);
        Assert.Equal(["−entfernt: Zeile zwei"], removed);
        Assert.Equal("Text", compare.Document.QuerySelector(".compare-field h2")?.TextContent);
        Assert.Equal(["## Kontakt", "Zeile drei"], compare.Document.QuerySelectorAll(".diff__line:not(.diff__line--added):not(.diff__line--removed) .diff__text").Select(l => l.TextContent));
    }

    [Fact]
    public async Task A_revision_page_shows_its_fields_in_german_with_related_names()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var id = await portal.CreateWithEditorAsync(_ => new ExampleBuilder().Titled("Taschen aus Werbebannern")
            .WithOutput(OutputType.GiveAwaysAndCustomProducts)
            .WithPartners(new PartnerBuilder().Titled("Gemeinde Amstetten").Build())
            .Build());

        var revision = await staff.OpenAsync($"/admin/verlauf/BestPracticeExample/{id}/version/1");

        Assert.Equal(HttpStatusCode.OK, revision.Status);
        Assert.Equal("Version 1 von „Taschen aus Werbebannern“", revision.H1);
        var fields = revision.Document.QuerySelectorAll(".revision-fields dt").Select(d => (d.TextContent, d.NextElementSibling!.TextContent.Trim())).ToList();
        Assert.Contains(("Art des Ergebnisses", "Give-Aways & Sonderanfertigungen"), fields);
        Assert.Contains(("Partner", "Gemeinde Amstetten"), fields);
        Assert.Contains(("Status", "Veröffentlicht"), fields);
        Assert.Contains("Das ist die aktuelle Version.", revision.Html, StringComparison.Ordinal);
        Assert.Null(revision.Document.QuerySelector("form[action$='/wiederherstellen']"));
    }

    [Fact]
    public async Task Restoring_an_older_revision_brings_back_its_fields_and_partners_as_a_new_revision()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var id = await portal.CreateWithEditorAsync(_ => new ExampleBuilder().Titled("Bänke aus Altholz").WithBody("Alte Beschreibung")
            .WithPartners(new PartnerBuilder().Titled("Baufirma Huber").Build(), new PartnerBuilder().Titled("Gemeinde Ybbs").Build())
            .Build());
        var otherPartner = new PartnerBuilder().Titled("Druckerei Berger").Build();
        await portal.WithDbAsync(db => db.Add(otherPartner));
        await portal.EditWithEditorAsync<BestPracticeExample>(id, async (db, example) =>
        {
            await db.Entry(example).Collection(e => e.Partners).LoadAsync();
            example.Title = "Sitzbänke";
            example.BodyMarkdown = "Neue Beschreibung";
            example.Partners.Clear();
            example.Partners.Add(await db.Partners.SingleAsync(p => p.Id == otherPartner.Id));
        });

        using var restored = await staff.SubmitFormAsync($"/admin/verlauf/BestPracticeExample/{id}/version/1/wiederherstellen", [], formPage: $"/admin/verlauf/BestPracticeExample/{id}/version/1");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal($"/admin/verlauf/BestPracticeExample/{id}", restored.Headers.Location?.OriginalString);
        var example = await portal.WithDbAsync(db => db.Examples.Include(e => e.Partners).AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal("Bänke aus Altholz", example.Title);
        Assert.Equal("Alte Beschreibung", example.BodyMarkdown);
        Assert.Equal(["Baufirma Huber", "Gemeinde Ybbs"], example.Partners.Select(p => p.Name).Order());
        var revisions = await portal.RevisionsAsync<BestPracticeExample>(id);
        Assert.Equal(["Angelegt", "Bearbeitet", "Version 1 wiederhergestellt"], revisions.Select(r => r.Action));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.RevisionRestored && a.ContentId == id)));
        var history = await staff.OpenAsync($"/admin/verlauf/BestPracticeExample/{id}");
        Assert.Contains("Version 1 wurde wiederhergestellt", history.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_skips_a_partner_that_no_longer_exists_and_says_so()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var gone = new PartnerBuilder().Titled("Aufgelöste GmbH").Build();
        var id = await portal.CreateWithEditorAsync(_ => new ExampleBuilder()
            .WithPartners(new PartnerBuilder().Titled("Baufirma Huber").Build(), gone).Build());
        await portal.EditWithEditorAsync<BestPracticeExample>(id, async (db, example) =>
        {
            await db.Entry(example).Collection(e => e.Partners).LoadAsync();
            example.Partners.Clear();
        });
        await portal.WithDbAsync(async db => db.Partners.Remove(await db.Partners.SingleAsync(p => p.Id == gone.Id)));

        using var restored = await staff.SubmitFormAsync($"/admin/verlauf/BestPracticeExample/{id}/version/1/wiederherstellen", [], formPage: $"/admin/verlauf/BestPracticeExample/{id}/version/1");
        var history = await staff.OpenAsync($"/admin/verlauf/BestPracticeExample/{id}");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(["Baufirma Huber"], await portal.WithDbAsync(db => db.Examples.Where(e => e.Id == id).SelectMany(e => e.Partners).Select(p => p.Name).ToListAsync()));
        Assert.Contains($"Partner: Ein damals verknüpfter Eintrag (Nr. {gone.Id}) existiert nicht mehr", history.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_brings_back_the_gallery_in_its_order()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var first = await portal.AddImageAsync("Werkstatt");
        var second = await portal.AddImageAsync("Fertige Bank");
        var id = await portal.CreateWithEditorAsync(_ => new ExampleBuilder().Build());
        await portal.EditWithEditorAsync<BestPracticeExample>(id, async (db, example) =>
        {
            await db.Entry(example).Collection(e => e.Images).LoadAsync();
            example.Images.Add(new ExampleImage { MediaImageId = first, SortOrder = 0 });
            example.Images.Add(new ExampleImage { MediaImageId = second, SortOrder = 1 });
        });
        await portal.EditWithEditorAsync<BestPracticeExample>(id, async (db, example) =>
        {
            await db.Entry(example).Collection(e => e.Images).LoadAsync();
            example.Images.RemoveAll(i => i.MediaImageId == first);
            example.Images.Single().SortOrder = 0;
        });

        using var restored = await staff.SubmitFormAsync($"/admin/verlauf/BestPracticeExample/{id}/version/2/wiederherstellen", [], formPage: $"/admin/verlauf/BestPracticeExample/{id}/version/2");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var gallery = await portal.WithDbAsync(db => db.Set<ExampleImage>().Where(i => i.ExampleId == id).OrderBy(i => i.SortOrder).Select(i => i.MediaImageId).ToListAsync());
        Assert.Equal([first, second], gallery);
    }

    [Fact]
    public async Task Restoring_keeps_the_current_slug_when_another_item_took_the_old_one()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await staff.SubmitFormAsync("/admin/seiten/neu", PageFields("Presse", "presse", "Text."));
        var id = await PageIdAsync(portal, "presse");
        using var renamed = await staff.SubmitFormAsync($"/admin/seiten/{id}", PageFields("Medien", "medien", "Text.", version: 0));
        using var other = await staff.SubmitFormAsync("/admin/seiten/neu", PageFields("Presse (neu)", "presse", "Anderer Text."));

        using var restored = await staff.SubmitFormAsync($"/admin/verlauf/Page/{id}/version/1/wiederherstellen", [], formPage: $"/admin/verlauf/Page/{id}/version/1");
        var history = await staff.OpenAsync($"/admin/verlauf/Page/{id}");

        var page = await portal.WithDbAsync(db => db.Pages.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(("Presse", "medien"), (page.Title, page.Slug));
        Assert.Contains("Die Adresse „presse“ gehört inzwischen einem anderen Eintrag", history.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/verlauf/Unbekannt/{0}")]
    [InlineData("/admin/verlauf/AuditEntry/{0}")]
    [InlineData("/admin/verlauf/Page/999999")]
    [InlineData("/admin/verlauf/Page/{0}/version/99")]
    [InlineData("/admin/verlauf/Page/{0}/vergleich?von=1&bis=99")]
    public async Task Unknown_types_items_and_revisions_answer_404(string template)
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await staff.SubmitFormAsync("/admin/seiten/neu", PageFields("Presse", "presse", "Text."));
        var id = await PageIdAsync(portal, "presse");

        using var response = await staff.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Restoring_an_unknown_revision_answers_404_and_a_malformed_comparison_goes_back_to_the_history()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await staff.SubmitFormAsync("/admin/seiten/neu", PageFields("Presse", "presse", "Text."));
        var id = await PageIdAsync(portal, "presse");

        using var restore = await staff.SubmitFormAsync($"/admin/verlauf/Page/{id}/version/7/wiederherstellen", [], formPage: $"/admin/verlauf/Page/{id}");
        using var malformed = await staff.GetAsync($"/admin/verlauf/page/{id}/vergleich?von=abc");
        using var lowerCase = await staff.GetAsync($"/admin/verlauf/page/{id}");

        Assert.Equal(HttpStatusCode.NotFound, restore.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, malformed.StatusCode);
        Assert.Equal($"/admin/verlauf/Page/{id}", malformed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, lowerCase.StatusCode);
    }

    [Theory]
    [InlineData("/admin/verlauf/Page/1")]
    [InlineData("/admin/verlauf/Page/1/vergleich?von=1&bis=2")]
    [InlineData("/admin/papierkorb")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/anmelden?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restore_post_without_antiforgery_token_is_refused()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await staff.SubmitFormAsync("/admin/seiten/neu", PageFields("Presse", "presse", "Text."));
        var id = await PageIdAsync(portal, "presse");
        using var empty = new FormUrlEncodedContent([]);

        using var response = await staff.PostAsync($"/admin/verlauf/Page/{id}/version/1/wiederherstellen", empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(await portal.RevisionsAsync<Page>(id));
    }

    internal static Dictionary<string, string> PageFields(string title, string slug, string body, int? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Slug"] = slug,
            ["State"] = "Draft",
            ["BodyMarkdown"] = body,
            ["MetaDescription"] = "",
            ["PublishAtLocal"] = "",
        };
        if (version is { } v)
        {
            fields["Version"] = v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return fields;
    }

    internal static Task<int> PageIdAsync(PortalFactory portal, string slug) =>
        portal.WithDbAsync(db => db.Pages.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    private static List<int> Ids(JsonElement relations, string name) =>
        relations.GetProperty(name).EnumerateArray().Select(e => e.GetInt32()).ToList();
}
