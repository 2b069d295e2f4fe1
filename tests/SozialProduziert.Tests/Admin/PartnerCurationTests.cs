using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>Curating partners and their showcase pages through real form posts, and the public showcase following each step.</summary>
public class PartnerCurationTests
{
    [Fact]
    public async Task A_partner_is_created_as_draft_published_renamed_archived_and_trashed_and_the_showcase_follows()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateBrowser();

        using var created = await staff.SubmitMultipartAsync("/admin/partner/neu", Fields("Tischlerei Holzwurm", "tischlerei-holzwurm", "Draft"), null);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await IdOfAsync(portal, "tischlerei-holzwurm");
        Assert.Equal($"/admin/partner/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/auslage/tischlerei-holzwurm")).Status);
        Assert.DoesNotContain("Tischlerei Holzwurm", (await visitor.OpenAsync("/auslage")).CardTitles);

        await portal.ApproveShowcaseAsync(id);
        using var published = await staff.SubmitMultipartAsync($"/admin/partner/{id}", Fields("Tischlerei Holzwurm", "tischlerei-holzwurm", "Published", version: 0), null);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var showcase = await visitor.OpenAsync("/auslage/tischlerei-holzwurm");
        Assert.Equal(HttpStatusCode.OK, showcase.Status);
        Assert.Equal("Tischlerei Holzwurm", showcase.H1);
        Assert.Contains("Tischlerei Holzwurm", (await visitor.OpenAsync("/auslage")).CardTitles);

        using var renamed = await staff.SubmitMultipartAsync($"/admin/partner/{id}", Fields("Tischlerei Holzwurm", "holzwurm", "Published", version: 1), null);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        using var oldAddress = await visitor.GetAsync("/auslage/tischlerei-holzwurm");
        Assert.Equal(HttpStatusCode.MovedPermanently, oldAddress.StatusCode);
        Assert.Equal("/auslage/holzwurm", oldAddress.Headers.Location?.OriginalString);

        using var archived = await staff.SubmitMultipartAsync($"/admin/partner/{id}", Fields("Tischlerei Holzwurm", "holzwurm", "Archived", version: 2), null);
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/auslage/holzwurm")).Status);
        Assert.DoesNotContain("Tischlerei Holzwurm", (await visitor.OpenAsync("/auslage")).CardTitles);

        using var trashed = await staff.SubmitFormAsync($"/admin/partner/{id}/loeschen", [], formPage: $"/admin/partner/{id}");
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/admin/partner/{id}")).StatusCode);
        Assert.Equal(5, await portal.WithDbAsync(db => db.ContentRevisions.CountAsync(r => r.ContentType == "Partner" && r.ContentId == id)));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.ContentDeleted && a.ContentId == id)));
    }

    [Fact]
    public async Task All_fields_are_saved_and_shown_on_the_showcase_a_bare_host_name_becoming_https()
    {
        await using var portal = new PortalFactory();
        var programmeId = await portal.WithDbAsync(async db =>
        {
            var programme = new Programme { Name = "Erfolg mit FAIRantwortung in Niederösterreich 2", Slug = "fairantwortung-2" };
            db.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = Fields("Marktgemeinde Ybbsitz", "", "Published", kind: "gemeinde", district: ReferenceData.DistrictId("Amstetten"), website: "www.ybbsitz.example",
            showcase: "Die Gemeinde vergibt **Grünraumpflege** an Sozialbetriebe.", programmeId: programmeId);
        fields["Sector"] = "Gemeindeverwaltung";

        fields["State"] = "Draft";
        using var created = await staff.SubmitMultipartAsync("/admin/partner/neu", fields, null);
        await portal.ApproveShowcaseAsync(await portal.WithDbAsync(db => db.Partners.Select(p => p.Id).SingleAsync()));
        fields["State"] = "Published";
        fields["Version"] = "0";
        using var published = await staff.SubmitMultipartAsync($"/admin/partner/{await portal.WithDbAsync(db => db.Partners.Select(p => p.Id).SingleAsync())}", fields, null);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var partner = await portal.WithDbAsync(db => db.Partners.SingleAsync());
        var page = await portal.CreateBrowser().OpenAsync("/auslage/marktgemeinde-ybbsitz");
        var text = page.Document.QuerySelector("main")!.TextContent;

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(("marktgemeinde-ybbsitz", PartnerKind.Municipality, "https://www.ybbsitz.example", programmeId), (partner.Slug, partner.Kind, partner.Website, partner.ProgrammeId));
        Assert.Equal("Marktgemeinde Ybbsitz", page.H1);
        Assert.Contains("<strong>Grünraumpflege</strong>", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.ybbsitz.example/\"", page.Html, StringComparison.Ordinal);
        foreach (var expected in new[] { "Gemeinde", "Gemeindeverwaltung", "Amstetten", "Erfolg mit FAIRantwortung in Niederösterreich 2" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Invalid_input_keeps_everything_typed_and_explains_in_german()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = Fields("", "", "Draft", website: "javascript:alert(1)", showcase: "Mein langer Auslagetext, der nicht verloren gehen darf.");
        fields["DistrictId"] = "";
        fields["Kind"] = "7";
        fields["Teaser"] = "Kurztext bleibt";

        using var response = await staff.SubmitMultipartAsync("/admin/partner/neu", fields, null);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte geben Sie den Namen ein.", html, StringComparison.Ordinal);
        Assert.Contains("Bitte wählen Sie den Bezirk.", html, StringComparison.Ordinal);
        Assert.Contains("Bitte wählen Sie eine Art aus der Liste.", html, StringComparison.Ordinal);
        Assert.Contains("vollständige Internetadresse mit http:// oder https://", html, StringComparison.Ordinal);
        Assert.Contains("Mein langer Auslagetext, der nicht verloren gehen darf.", html, StringComparison.Ordinal);
        Assert.Contains("Kurztext bleibt", html, StringComparison.Ordinal);
        Assert.Contains("value=\"javascript:alert(1)\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Partners.CountAsync()));
    }

    [Fact]
    public async Task A_slug_another_partner_uses_is_refused_in_german()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new PartnerBuilder().Titled("Bäckerei Kornfeld").Build()));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.SubmitMultipartAsync("/admin/partner/neu", Fields("Bäckerei Kornfeld", "", "Draft"), null);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Die Adresse „baeckerei-kornfeld“ ist schon vergeben", html, StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Partners.CountAsync()));
    }

    [Fact]
    public async Task The_showcase_text_preview_renders_markdown_without_saving()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = Fields("Vorschau GmbH", "", "Draft", showcase: "## Unser Beitrag\n\nWir setzen auf **Kreislaufwirtschaft**.");
        fields["preview"] = "1";

        using var response = await staff.SubmitMultipartAsync("/admin/partner/neu", fields, null);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>Kreislaufwirtschaft</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Unser Beitrag</h2>", html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Partners.CountAsync()));
    }

    [Fact]
    public async Task A_second_save_from_a_stale_form_is_refused_showing_both_versions_and_losing_nothing()
    {
        await using var portal = new PortalFactory();
        var first = await portal.SignInAsStaffAsync(Roles.Editor);
        var second = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await first.SubmitMultipartAsync("/admin/partner/neu", Fields("Druckerei Blatt", "druckerei-blatt", "Draft"), null);
        var id = await IdOfAsync(portal, "druckerei-blatt");

        using var saved = await first.SubmitMultipartAsync($"/admin/partner/{id}", Fields("Druckerei Blatt", "druckerei-blatt", "Draft", showcase: "Text von Anna", version: 0), null);
        using var conflict = await second.SubmitMultipartAsync($"/admin/partner/{id}", Fields("Druckerei Blatt", "druckerei-blatt", "Draft", showcase: "Text von Bernd", version: 0), null);
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", html, StringComparison.Ordinal);
        Assert.Contains("Text von Anna", html, StringComparison.Ordinal);
        Assert.Contains("Text von Bernd", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Version\" value=\"1\"", html, StringComparison.Ordinal);
        Assert.Equal("Text von Anna", await portal.WithDbAsync(db => db.Partners.Where(p => p.Id == id).Select(p => p.ShowcaseMarkdown).SingleAsync()));
    }

    [Fact]
    public async Task Staff_preview_a_draft_exactly_as_the_public_showcase_and_see_its_examples_linked_to_their_editors()
    {
        await using var portal = new PortalFactory();
        var (partnerId, publicExampleId, draftExampleId) = await portal.WithDbAsync(async db =>
        {
            var partner = new PartnerBuilder().Titled("Geheimpartner").Draft().WithShowcase("## Bald in der Auslage").Build();
            var shown = new ExampleBuilder().Titled("Öffentliches Beispiel").WithPartners(partner).Build();
            var hidden = new ExampleBuilder().Titled("Beispiel im Entwurf").Draft().WithPartners(partner).Build();
            db.AddRange(shown, hidden);
            await db.SaveChangesAsync();
            return (partner.Id, shown.Id, hidden.Id);
        });
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var preview = await staff.OpenAsync($"/admin/partner/{partnerId}/vorschau");
        var editor = await staff.OpenAsync($"/admin/partner/{partnerId}");

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal("Geheimpartner", preview.H1);
        Assert.Contains("<h2>Bald in der Auslage</h2>", preview.Html, StringComparison.Ordinal);
        Assert.Contains("Vorschau", preview.Html, StringComparison.Ordinal);
        Assert.Contains("Öffentliches Beispiel", preview.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Beispiel im Entwurf", preview.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/praxisbeispiele/{publicExampleId}\"", editor.Html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/praxisbeispiele/{draftExampleId}\"", editor.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateBrowser().OpenAsync("/auslage/geheimpartner")).Status);
    }

    [Fact]
    public async Task The_list_searches_filters_by_state_kind_and_district_sorts_by_name_and_pages_by_25()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db =>
        {
            db.AddRange(
                new PartnerBuilder().Titled("Österreichische Baustoffe").InDistrict("Amstetten").Build(),
                new PartnerBuilder().Titled("Zwettler Holzbau").InDistrict("Zwettl").Build(),
                new PartnerBuilder().Titled("Gemeinde Gmünd").OfKind(PartnerKind.Municipality).InDistrict("Gmünd").Build(),
                new PartnerBuilder().Titled("Landesklinikum Melk").OfKind(PartnerKind.PublicBuyer).InDistrict("Melk").Draft().Build());
            for (var i = 1; i <= 23; i++)
            {
                db.Add(new PartnerBuilder().Titled($"Füllfirma {i:00}").InDistrict("Baden").Build());
            }
        });
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        Assert.Equal(["Gemeinde Gmünd"], await NamesAsync(staff, "/admin/partner?art=gemeinde"));
        Assert.Equal(["Zwettler Holzbau"], await NamesAsync(staff, "/admin/partner?bezirk=zwettl"));
        Assert.Equal(["Landesklinikum Melk"], await NamesAsync(staff, "/admin/partner?status=entwurf"));
        Assert.Empty(await NamesAsync(staff, "/admin/partner?status=entwurf&art=gemeinde"));
        Assert.Equal(["Österreichische Baustoffe"], await NamesAsync(staff, "/admin/partner?q=oesterreichische"));
        var byName = await NamesAsync(staff, "/admin/partner?sortierung=name");
        Assert.Equal(25, byName.Count);
        Assert.Equal("Füllfirma 01", byName[0]);
        Assert.Equal("Landesklinikum Melk", byName[^1]);
        Assert.Equal(["Österreichische Baustoffe", "Zwettler Holzbau"], await NamesAsync(staff, "/admin/partner?sortierung=name&seite=2"));
        Assert.Equal(HttpStatusCode.OK, (await staff.OpenAsync("/admin/partner?seite=-1&art=x&bezirk=%3Cscript%3E&status=y&sortierung=z")).Status);
    }

    [Fact]
    public async Task The_editor_shows_the_current_logo_with_its_alt_text_and_keeps_it_on_save()
    {
        await using var portal = new PortalFactory();
        var (id, logoId) = await portal.WithDbAsync(async db =>
        {
            var partner = new PartnerBuilder().Titled("Logo AG").Build();
            partner.Logo = new MediaImage
            {
                AltText = "Logo der Logo AG",
                Width = 400,
                Height = 200,
                Variants = [new MediaVariant { Width = 400, Height = 200, Format = ImageFormatKind.Jpeg, Hash = "abc123", Data = [1, 2, 3] }],
            };
            db.Add(partner);
            await db.SaveChangesAsync();
            return (partner.Id, partner.LogoId);
        });
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var editor = await staff.OpenAsync($"/admin/partner/{id}");
        var form = editor.Document.QuerySelector("form.edit-form")!;
        using var saved = await staff.SubmitMultipartAsync($"/admin/partner/{id}", Fields("Logo AG", "logo-ag", "Draft", version: 0), null);

        Assert.Equal(HttpStatusCode.OK, editor.Status);
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.Contains("Alternativtext: Logo der Logo AG", editor.Html, StringComparison.Ordinal);
        Assert.Contains("/media/abc123.jpg", editor.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(logoId, await portal.WithDbAsync(db => db.Partners.Where(p => p.Id == id).Select(p => p.LogoId).SingleAsync()));
        Assert.Contains("/media/abc123.jpg", (await staff.OpenAsync($"/admin/partner/{id}/vorschau")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_demo_partner_and_download_opens_in_its_editor_and_every_partner_in_the_preview()
    {
        await using var portal = new PortalFactory(PortalDatabase.Demo);
        var partners = await portal.WithDbAsync(db => db.Partners.Select(p => p.Id).ToListAsync());
        var downloads = await portal.WithDbAsync(db => db.Downloads.Select(d => d.Id).ToListAsync());
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        Assert.NotEmpty(partners);
        foreach (var id in partners)
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.OpenAsync($"/admin/partner/{id}")).Status);
            Assert.Equal(HttpStatusCode.OK, (await staff.OpenAsync($"/admin/partner/{id}/vorschau")).Status);
        }

        foreach (var id in downloads)
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.OpenAsync($"/admin/downloads/{id}")).Status);
        }

        Assert.Equal(HttpStatusCode.OK, (await staff.OpenAsync("/admin/partner?sortierung=name")).Status);
    }

    [Theory]
    [InlineData("/admin/partner")]
    [InlineData("/admin/partner/neu")]
    [InlineData("/admin/partner/1")]
    [InlineData("/admin/partner/1/vorschau")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/anmelden?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_post_changes_nothing()
    {
        await using var portal = new PortalFactory();
        using var content = new FormUrlEncodedContent(Fields("Einbruch", "einbruch", "Published"));

        using var response = await portal.CreateBrowser().PostAsync("/admin/partner/neu", content);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Partners.CountAsync()));
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string url)
    {
        var page = await client.OpenAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll("table.admin-table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
    }

    private static Task<int> IdOfAsync(PortalFactory portal, string slug) =>
        portal.WithDbAsync(db => db.Partners.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    private static Dictionary<string, string> Fields(string name, string slug, string state, string kind = "unternehmen", int district = ReferenceData.DefaultDistrictId,
        string website = "", string showcase = "Wir vergeben Aufträge an **Sozialbetriebe**.", int? programmeId = null, int? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Slug"] = slug,
            ["State"] = state,
            ["Kind"] = kind,
            ["DistrictId"] = district.ToString(CultureInfo.InvariantCulture),
            ["Sector"] = "",
            ["Website"] = website,
            ["Teaser"] = "Ein regionaler Betrieb, der mit Sozialbetrieben zusammenarbeitet.",
            ["ShowcaseMarkdown"] = showcase,
            ["ProgrammeId"] = programmeId?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["PublishAtLocal"] = "",
        };
        if (version is { } v)
        {
            fields["Version"] = v.ToString(CultureInfo.InvariantCulture);
        }

        return fields;
    }
}
