using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using static SozialProduziert.Tests.Admin.ExampleForm;

namespace SozialProduziert.Tests.Admin;

/// <summary>Curating a Praxisbeispiel through real form posts, and the public site following each step.</summary>
public class ExampleCurationTests
{
    [Fact]
    public async Task An_example_goes_from_draft_to_published_renamed_archived_and_trashed_and_the_public_site_follows()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateBrowser();

        using var created = await staff.PostExampleAsync("/admin/praxisbeispiele/neu", Fields("Bänke aus Messewänden", slug: "baenke"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await portal.IdOfAsync("baenke");
        Assert.Equal($"/admin/praxisbeispiele/{id}", created.Headers.Location?.OriginalString);
        await AssertHiddenAsync(visitor, "baenke", "Bänke aus Messewänden");

        using var published = await staff.PostExampleAsync($"/admin/praxisbeispiele/{id}", Fields("Bänke aus Messewänden", "Published", "baenke", version: 0));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("Bänke aus Messewänden", (await visitor.OpenAsync("/praxisbeispiele/baenke")).H1);
        Assert.Contains("Bänke aus Messewänden", (await visitor.OpenAsync("/praxisbeispiele")).CardTitles);

        using var renamed = await staff.PostExampleAsync($"/admin/praxisbeispiele/{id}", Fields("Bänke aus Messewänden", "Published", "sitzbaenke-aus-messewaenden", version: 1));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        using var oldUrl = await visitor.GetAsync("/praxisbeispiele/baenke");
        Assert.Equal(HttpStatusCode.MovedPermanently, oldUrl.StatusCode);
        Assert.Equal("/praxisbeispiele/sitzbaenke-aus-messewaenden", oldUrl.Headers.Location?.OriginalString);

        using var archived = await staff.PostExampleAsync($"/admin/praxisbeispiele/{id}", Fields("Bänke aus Messewänden", "Archived", "sitzbaenke-aus-messewaenden", version: 2));
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        await AssertHiddenAsync(visitor, "sitzbaenke-aus-messewaenden", "Bänke aus Messewänden");

        using var trashed = await staff.SubmitFormAsync($"/admin/praxisbeispiele/{id}/loeschen", [], formPage: $"/admin/praxisbeispiele/{id}");
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        await AssertHiddenAsync(visitor, "sitzbaenke-aus-messewaenden", "Bänke aus Messewänden");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/admin/praxisbeispiele/{id}")).StatusCode);
        Assert.Empty((await staff.OpenAsync("/admin/praxisbeispiele")).Document.QuerySelectorAll(".admin-table tbody tr"));
        var actions = await portal.WithDbAsync(db => db.ContentRevisions.Where(r => r.ContentType == "BestPracticeExample" && r.ContentId == id).OrderBy(r => r.Number).Select(r => r.Action).ToListAsync());
        Assert.Equal(["Angelegt", "Bearbeitet", "Bearbeitet", "Bearbeitet", "In den Papierkorb gelegt"], actions);
    }

    [Fact]
    public async Task The_quick_actions_publish_now_and_archive_and_the_public_site_follows()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateBrowser();
        using var created = await staff.PostExampleAsync("/admin/praxisbeispiele/neu", Fields("Taschen aus Bannern", slug: "taschen"));
        var id = await portal.IdOfAsync("taschen");
        var editPage = $"/admin/praxisbeispiele/{id}";

        using var published = await staff.SubmitFormAsync($"{editPage}/veroeffentlichen", new() { ["version"] = "0" }, editPage);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(editPage, published.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync("/praxisbeispiele/taschen")).Status);
        Assert.Contains("Archivieren", await staff.GetStringAsync(editPage), StringComparison.Ordinal);

        using var stale = await staff.SubmitFormAsync($"{editPage}/archivieren", new() { ["version"] = "0" }, editPage);
        Assert.Contains("inzwischen von jemand anderem geändert", await staff.GetStringAsync(editPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.OpenAsync("/praxisbeispiele/taschen")).Status);

        using var archived = await staff.SubmitFormAsync($"{editPage}/archivieren", new() { ["version"] = "1" }, editPage);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        await AssertHiddenAsync(visitor, "taschen", "Taschen aus Bannern");
    }

    [Fact]
    public async Task Partners_and_sozialbetriebe_are_editable_and_the_public_page_shows_only_the_remaining_public_ones()
    {
        await using var portal = new PortalFactory();
        var (druckerei, tischlerei, geheim, werkstatt) = (new PartnerBuilder().Titled("Druckerei Nord").Build(), new PartnerBuilder().Titled("Tischlerei Süd").Build(),
            new PartnerBuilder().Titled("Geheime Firma").Draft().Build(), new SocialEnterpriseBuilder().Titled("Nähwerk Ybbs").Build());
        await portal.WithDbAsync(db => db.AddRange(druckerei, tischlerei, geheim, werkstatt));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fieldId = ReferenceData.FieldOfWorkId(ReferenceData.DefaultFieldOfWork);

        using var created = await staff.PostExampleAsync("/admin/praxisbeispiele/neu", Fields("Gemeinsam gedruckt", "Published", "gemeinsam"),
            ("PartnerIds", druckerei.Id), ("PartnerIds", tischlerei.Id), ("SocialEnterpriseIds", werkstatt.Id), ("FieldOfWorkIds", fieldId));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await portal.IdOfAsync("gemeinsam");
        Assert.Equal(["Druckerei Nord", "Tischlerei Süd"], await PublicPartnersAsync(portal, "gemeinsam"));

        using var edited = await staff.PostExampleAsync($"/admin/praxisbeispiele/{id}", Fields("Gemeinsam gedruckt", "Published", "gemeinsam", version: 0),
            ("PartnerIds", druckerei.Id), ("PartnerIds", geheim.Id), ("SocialEnterpriseIds", werkstatt.Id));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        Assert.Equal(["Druckerei Nord"], await PublicPartnersAsync(portal, "gemeinsam"));
        var page = await portal.CreateBrowser().OpenAsync("/praxisbeispiele/gemeinsam");
        Assert.DoesNotContain("Geheime Firma", page.Html, StringComparison.Ordinal);
        Assert.Contains("/sozialbetriebe/" + werkstatt.Slug, page.Html, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#fields-heading"));
        var stored = await portal.WithDbAsync(db => db.Examples.Where(e => e.Id == id).Select(e => e.Partners.OrderBy(p => p.Name).Select(p => p.Name).ToList()).SingleAsync());
        Assert.Equal(["Druckerei Nord", "Geheime Firma"], stored);
        var snapshot = await portal.WithDbAsync(db => db.ContentRevisions.Where(r => r.ContentId == id && r.ContentType == "BestPracticeExample").OrderBy(r => r.Number).Select(r => r.Snapshot).LastAsync());
        Assert.Contains($"\"Partners\":[{druckerei.Id},{geheim.Id}]", snapshot, StringComparison.Ordinal);

        var form = await staff.OpenAsync($"/admin/praxisbeispiele/{id}");
        Assert.Contains("(Entwurf)", form.Document.QuerySelector($"label[for=PartnerIds-{geheim.Id}]")!.TextContent, StringComparison.Ordinal);
        Assert.True(form.Document.QuerySelector($"#PartnerIds-{geheim.Id}")!.HasAttribute("checked"));
        Assert.False(form.Document.QuerySelector($"#PartnerIds-{tischlerei.Id}")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Invalid_input_keeps_everything_typed_including_ticked_relations_and_explains_in_german()
    {
        await using var portal = new PortalFactory();
        var partner = new PartnerBuilder().Titled("Druckerei Nord").Build();
        await portal.WithDbAsync(db => db.Add(partner));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = Fields("", body: "Mein langer Text, der nicht verloren gehen darf.");
        fields["Teaser"] = new string('x', 501);
        fields["YearFrom"] = "1985";
        fields["YearTo"] = "2020";
        fields["IsOngoing"] = "true";
        fields["MaterialReusedKg"] = "1,5";
        fields["PeopleEmployed"] = "-3";
        fields["ProgrammeWorkHours"] = "12.500";
        fields["QuoteAuthor"] = "Maria Huber";
        fields.Remove("OutputType");

        using var response = await staff.PostExampleAsync("/admin/praxisbeispiele/neu", fields, ("PartnerIds", partner.Id));
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlPage(response.StatusCode, html, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Neues Praxisbeispiel", page.H1);
        var errors = page.Document.QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("Bitte geben Sie einen Titel ein.", errors, StringComparison.Ordinal);
        Assert.Contains("Der Kurztext darf höchstens 500 Zeichen lang sein.", errors, StringComparison.Ordinal);
        Assert.Contains("Bitte wählen Sie, was die Zusammenarbeit hervorgebracht hat.", errors, StringComparison.Ordinal);
        Assert.Contains("eine Jahreszahl von 1990 bis", errors, StringComparison.Ordinal);
        Assert.Contains("Eine laufende Zusammenarbeit hat noch kein Endjahr.", errors, StringComparison.Ordinal);
        Assert.Contains("„Wiederverwertetes Material“ eine ganze Zahl ab 0", errors, StringComparison.Ordinal);
        Assert.Contains("„Beschäftigte Personen“ eine ganze Zahl ab 0", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Arbeitsstunden", errors, StringComparison.Ordinal);
        Assert.Contains("aber kein Zitat", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("The ", errors, StringComparison.Ordinal);
        Assert.Equal("Mein langer Text, der nicht verloren gehen darf.", page.Document.QuerySelector("#BodyMarkdown")!.TextContent.Trim());
        Assert.Equal("1,5", page.Document.QuerySelector("#MaterialReusedKg")!.GetAttribute("value"));
        Assert.Equal("12.500", page.Document.QuerySelector("#ProgrammeWorkHours")!.GetAttribute("value"));
        Assert.Equal("Maria Huber", page.Document.QuerySelector("#QuoteAuthor")!.GetAttribute("value"));
        Assert.True(page.Document.QuerySelector("#IsOngoing")!.HasAttribute("checked"));
        Assert.True(page.Document.QuerySelector($"#PartnerIds-{partner.Id}")!.HasAttribute("checked"));
        Assert.Equal("true", page.Document.QuerySelector("#YearTo")!.GetAttribute("aria-invalid"));
        Assert.Equal(0, await portal.WithDbAsync(db => db.Examples.CountAsync()));
    }

    [Fact]
    public async Task A_taken_address_is_refused_in_german_even_when_its_owner_is_in_the_papierkorb()
    {
        await using var portal = new PortalFactory();
        var trashed = new ExampleBuilder().WithSlug("vergeben").Build();
        trashed.DeletedAt = DateTime.UtcNow;
        await portal.WithDbAsync(db => db.Add(trashed));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var taken = await staff.PostExampleAsync("/admin/praxisbeispiele/neu", Fields("Noch eines", slug: "vergeben"));

        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("Die Adresse „vergeben“ ist schon vergeben", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Examples.CountAsync()));
    }

    [Fact]
    public async Task A_save_from_a_stale_form_is_refused_showing_both_versions_and_the_retry_keeps_the_second_text()
    {
        await using var portal = new PortalFactory();
        var anna = await portal.SignInAsStaffAsync(Roles.Editor);
        var bernd = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await anna.PostExampleAsync("/admin/praxisbeispiele/neu", Fields("Kantine", slug: "kantine"));
        var id = await portal.IdOfAsync("kantine");

        using var saved = await anna.PostExampleAsync($"/admin/praxisbeispiele/{id}", Fields("Kantine", slug: "kantine", body: "Text von Anna", version: 0));
        using var conflict = await bernd.PostExampleAsync($"/admin/praxisbeispiele/{id}", Fields("Kantine", slug: "kantine", body: "Text von Bernd", version: 0));
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", html, StringComparison.Ordinal);
        Assert.Contains("Text von Anna", html, StringComparison.Ordinal);
        Assert.Contains("Text von Bernd", html, StringComparison.Ordinal);
        Assert.Equal("Text von Anna", await portal.WithDbAsync(db => db.Examples.Where(e => e.Id == id).Select(e => e.BodyMarkdown).SingleAsync()));

        // The re-rendered form carries the stored version, so saving it again (after merging by hand) succeeds.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var version = int.Parse(document.QuerySelector("form.edit-form input[name=Version]")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(await portal.VersionOfAsync(id), version);
        using var retried = await bernd.PostExampleAsync($"/admin/praxisbeispiele/{id}", Fields("Kantine", slug: "kantine", body: "Text von Anna und Bernd", version: version));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal("Text von Anna und Bernd", await portal.WithDbAsync(db => db.Examples.Where(e => e.Id == id).Select(e => e.BodyMarkdown).SingleAsync()));
    }

    [Fact]
    public async Task Staff_preview_a_draft_with_the_public_markup_and_a_banner_while_visitors_get_404()
    {
        await using var portal = new PortalFactory();
        var hidden = new PartnerBuilder().Titled("Noch geheimer Partner").Draft().Build();
        await portal.WithDbAsync(db => db.Add(hidden));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await staff.PostExampleAsync("/admin/praxisbeispiele/neu", Fields("Geheimprojekt", slug: "geheimprojekt", body: "## Noch nicht öffentlich"), ("PartnerIds", hidden.Id));
        var id = await portal.IdOfAsync("geheimprojekt");

        var preview = await staff.OpenAsync($"/admin/praxisbeispiele/{id}/vorschau");

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal("Geheimprojekt", preview.H1);
        Assert.Contains("<h2>Noch nicht öffentlich</h2>", preview.Html, StringComparison.Ordinal);
        Assert.NotNull(preview.Document.QuerySelector("article.detail .detail__aside"));
        Assert.Contains("Vorschau", preview.Document.QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("noindex", preview.Document.QuerySelector("meta[name=robots]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.DoesNotContain("Noch geheimer Partner", preview.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateBrowser().OpenAsync("/praxisbeispiele/geheimprojekt")).Status);
    }

    [Fact]
    public async Task A_future_publish_date_schedules_the_example_and_the_form_offers_to_publish_now()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = Fields("Geplantes Beispiel", "Published", "geplant");
        fields["PublishAtLocal"] = "2099-03-01T09:00";

        using var created = await staff.PostExampleAsync("/admin/praxisbeispiele/neu", fields);
        var id = await portal.IdOfAsync("geplant");

        await AssertHiddenAsync(portal.CreateBrowser(), "geplant", "Geplantes Beispiel");
        Assert.Equal(new DateTime(2099, 3, 1, 8, 0, 0, DateTimeKind.Utc), await portal.WithDbAsync(db => db.Examples.Where(e => e.Id == id).Select(e => e.PublishAt).SingleAsync()));
        var form = await staff.OpenAsync($"/admin/praxisbeispiele/{id}");
        Assert.NotNull(form.Document.QuerySelector($"form[action='/admin/praxisbeispiele/{id}/veroeffentlichen']"));
        Assert.Null(form.Document.QuerySelector($"a[href='/praxisbeispiele/geplant']"));
    }

    [Fact]
    public async Task The_edit_form_posts_multipart_and_shows_the_gallery_with_its_alt_texts_to_edit()
    {
        await using var portal = new PortalFactory();
        var example = new ExampleBuilder().Titled("Mit Bildern").Build();
        await portal.WithDbAsync(db =>
        {
            var image = new MediaImage
            {
                AltText = "Sitzbank aus hellem Messeholz",
                Width = 960,
                Height = 640,
                Variants = [new MediaVariant { Width = 960, Height = 640, Format = ImageFormatKind.Jpeg, Hash = "bank960", Data = [1, 2, 3] }],
            };
            example.Images = [new ExampleImage { MediaImage = image, SortOrder = 0 }];
            db.Add(example);
        });
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var form = await staff.OpenAsync($"/admin/praxisbeispiele/{example.Id}");

        Assert.Equal("multipart/form-data", form.Document.QuerySelector("form.edit-form")!.GetAttribute("enctype"));
        var gallery = form.Document.QuerySelector(".gallery-editor")!;
        Assert.Contains("/media/bank960.jpg", gallery.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("Sitzbank aus hellem Messeholz", gallery.QuerySelector("#Gallery_0__AltText")?.GetAttribute("value"));
        Assert.Equal(example.Images[0].MediaImageId.ToString(System.Globalization.CultureInfo.InvariantCulture), gallery.QuerySelector("input[name='Gallery[0].MediaImageId']")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/admin/praxisbeispiele")]
    [InlineData("/admin/praxisbeispiele/neu")]
    [InlineData("/admin/praxisbeispiele/1")]
    [InlineData("/admin/praxisbeispiele/1/vorschau")]
    public async Task An_anonymous_visitor_is_sent_to_sign_in(string url)
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new ExampleBuilder().Draft().Build()));

        using var response = await portal.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/anmelden?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused_and_saves_nothing()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var content = new FormUrlEncodedContent(Fields("Ohne Token", "Published"));

        using var response = await staff.PostAsync("/admin/praxisbeispiele/neu", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Examples.CountAsync()));
    }

    private static async Task AssertHiddenAsync(HttpClient visitor, string slug, string title)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync($"/praxisbeispiele/{slug}")).Status);
        Assert.DoesNotContain(title, (await visitor.OpenAsync("/praxisbeispiele")).CardTitles);
    }

    private static async Task<IReadOnlyList<string>> PublicPartnersAsync(PortalFactory portal, string slug)
    {
        var page = await portal.CreateBrowser().OpenAsync($"/praxisbeispiele/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll("section[aria-labelledby=partners-heading] li").Select(li => li.TextContent.Trim()).ToList();
    }
}
