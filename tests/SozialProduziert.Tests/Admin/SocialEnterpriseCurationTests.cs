using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>Curating Sozialbetriebe through real form posts, and the public directory following each step.</summary>
public class SocialEnterpriseCurationTests
{
    [Fact]
    public async Task A_Sozialbetrieb_is_created_published_renamed_archived_and_trashed_and_the_public_site_follows()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateBrowser();

        using var created = await staff.SubmitFormAsync("/admin/sozialbetriebe/neu", DirectoryForms.Enterprise("Holzwerk Traisen", "holzwerk-traisen", "Draft"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await IdOfAsync(portal, "holzwerk-traisen");
        Assert.Equal($"/admin/sozialbetriebe/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/sozialbetriebe/holzwerk-traisen")).Status);

        using var published = await staff.SubmitFormAsync($"/admin/sozialbetriebe/{id}", DirectoryForms.Enterprise("Holzwerk Traisen", "holzwerk-traisen", "Published", version: 0));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("Holzwerk Traisen", (await visitor.OpenAsync("/sozialbetriebe/holzwerk-traisen")).H1);
        Assert.Contains("Holzwerk Traisen", (await visitor.OpenAsync("/sozialbetriebe")).CardTitles);

        using var renamed = await staff.SubmitFormAsync($"/admin/sozialbetriebe/{id}", DirectoryForms.Enterprise("Holzwerk Traisental", "holzwerk-traisental", "Published", version: 1));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        using var oldLink = await visitor.GetAsync("/sozialbetriebe/holzwerk-traisen");
        Assert.Equal(HttpStatusCode.MovedPermanently, oldLink.StatusCode);
        Assert.EndsWith("/sozialbetriebe/holzwerk-traisental", oldLink.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var archived = await staff.SubmitFormAsync($"/admin/sozialbetriebe/{id}", DirectoryForms.Enterprise("Holzwerk Traisental", "holzwerk-traisental", "Archived", version: 2));
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/sozialbetriebe/holzwerk-traisental")).Status);
        Assert.DoesNotContain("Holzwerk Traisental", (await visitor.OpenAsync("/sozialbetriebe")).CardTitles);

        using var trashed = await staff.SubmitFormAsync($"/admin/sozialbetriebe/{id}/loeschen", [], formPage: $"/admin/sozialbetriebe/{id}");
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/admin/sozialbetriebe/{id}")).StatusCode);
        Assert.Empty(await NamesAsync(staff, "/admin/sozialbetriebe"));
        Assert.Equal(5, await portal.WithDbAsync(db => db.ContentRevisions.CountAsync(r => r.ContentType == "SocialEnterprise" && r.ContentId == id)));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.ContentDeleted && a.ContentType == "SocialEnterprise" && a.ContentId == id)));
    }

    [Fact]
    public async Task All_fields_are_saved_and_shown_on_the_public_profile()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = DirectoryForms.Enterprise("Nähwerk Amstetten", "naehwerk", "Published");
        fields["Segment"] = DirectoryForms.Number((int)LabourMarketSegment.Workshop);
        fields["DistrictId"] = DirectoryForms.Number(ReferenceData.DistrictId("Amstetten"));
        fields["Website"] = "www.naehwerk.example";

        using var created = await staff.SubmitFormAsync("/admin/sozialbetriebe/neu", fields);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var stored = await portal.WithDbAsync(db => db.SocialEnterprises.AsNoTracking().SingleAsync(e => e.Slug == "naehwerk"));
        Assert.Equal(LabourMarketSegment.Workshop, stored.Segment);
        Assert.Equal(ReferenceData.DistrictId("Amstetten"), stored.DistrictId);
        Assert.Equal("https://www.naehwerk.example", stored.Website);
        Assert.Equal(("3100", "Maria Berger", "Verein"), (stored.PostalCode, stored.ContactPerson, stored.LegalForm));
        var profile = await portal.CreateClient().OpenAsync("/sozialbetriebe/naehwerk");
        Assert.Equal("Nähwerk Amstetten", profile.H1);
        Assert.Contains("<strong>Möbel</strong>", profile.Html, StringComparison.Ordinal);
        Assert.Contains("Werkstätte für Menschen mit Behinderungen", profile.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:office@holzwerk.example\"", profile.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.naehwerk.example/\"", profile.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_of_work_and_quality_marks_are_chosen_with_checkboxes_and_follow_on_the_public_profile()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var holz = ReferenceData.FieldOfWorkId("Holz");
        var textil = ReferenceData.FieldOfWorkId("Textil");
        var goodworks = await portal.WithDbAsync(db => db.QualityMarks.Where(q => q.Slug == "goodworks").Select(q => q.Id).SingleAsync());

        using var created = await staff.SubmitFormAsync("/admin/sozialbetriebe/neu", DirectoryForms.Enterprise("Werkhof Melk", "werkhof-melk", "Published")
            .WithChoices("FieldOfWorkIds", holz, textil).WithChoices("QualityMarkIds", goodworks));
        var id = await IdOfAsync(portal, "werkhof-melk");
        var profile = await portal.CreateClient().OpenAsync("/sozialbetriebe/werkhof-melk");
        var form = await staff.OpenAsync($"/admin/sozialbetriebe/{id}");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("href=\"/sozialbetriebe?feld=holz\"", profile.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sozialbetriebe?feld=textil\"", profile.Html, StringComparison.Ordinal);
        Assert.Contains("Gütesiegel", profile.Html, StringComparison.Ordinal);
        Assert.NotNull(form.Document.QuerySelector($"input[name=FieldOfWorkIds][value='{textil}'][checked]"));
        Assert.NotNull(form.Document.QuerySelector($"input[name=QualityMarkIds][value='{goodworks}'][checked]"));

        using var edited = await staff.SubmitFormAsync($"/admin/sozialbetriebe/{id}", DirectoryForms.Enterprise("Werkhof Melk", "werkhof-melk", "Published", version: 0)
            .WithChoices("FieldOfWorkIds", textil));
        profile = await portal.CreateClient().OpenAsync("/sozialbetriebe/werkhof-melk");

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.DoesNotContain("href=\"/sozialbetriebe?feld=holz\"", profile.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sozialbetriebe?feld=textil\"", profile.Html, StringComparison.Ordinal);
        Assert.Null(profile.Document.QuerySelector("#marks-heading"));
        var snapshot = await portal.WithDbAsync(db => db.ContentRevisions.Where(r => r.ContentType == "SocialEnterprise" && r.ContentId == id)
            .OrderByDescending(r => r.Number).Select(r => r.Snapshot).FirstAsync());
        Assert.Contains($"\"FieldsOfWork\":[{textil}]", snapshot, StringComparison.Ordinal);
        Assert.Contains("\"QualityMarks\":[]", snapshot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_logo_is_shown_with_its_alt_text_and_kept_when_the_profile_is_saved_without_a_new_one()
    {
        await using var portal = new PortalFactory();
        var enterprise = new SocialEnterpriseBuilder().Titled("Logowerk").WithSlug("logowerk").Build();
        enterprise.Logo = DirectoryForms.Image("Logo des Logowerks");
        await portal.WithDbAsync(db => db.Add(enterprise));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var form = await staff.OpenAsync($"/admin/sozialbetriebe/{enterprise.Id}");
        using var saved = await staff.SubmitFormAsync($"/admin/sozialbetriebe/{enterprise.Id}", DirectoryForms.Enterprise("Logowerk", "logowerk", "Published", version: 0));

        Assert.Contains("Alternativtext: Logo des Logowerks", form.Document.QuerySelector(".logo-field figcaption")?.TextContent, StringComparison.Ordinal);
        Assert.False(form.Document.QuerySelector("input[type=file][name=NewImages]")?.HasAttribute("required"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(enterprise.LogoId, await portal.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Id == enterprise.Id).Select(e => e.LogoId).SingleAsync()));
    }

    [Fact]
    public async Task Invalid_postcode_email_and_website_are_explained_in_german_and_nothing_typed_is_lost()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var textil = ReferenceData.FieldOfWorkId("Textil");
        var fields = DirectoryForms.Enterprise("Werkstatt Ybbs", "werkstatt-ybbs", "Draft", profile: "Mein langer Profiltext, der nicht verloren gehen darf.")
            .WithChoices("FieldOfWorkIds", textil);
        fields["PostalCode"] = "31000";
        fields["Email"] = "office(at)ybbs";
        fields["Website"] = "javascript:alert(1)";

        using var response = await staff.SubmitFormAsync("/admin/sozialbetriebe/neu", fields);
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlPage.GetAsync(staff, "/admin/sozialbetriebe/neu");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("österreichische Postleitzahl mit vier Ziffern", html, StringComparison.Ordinal);
        Assert.Contains("gültige E-Mail-Adresse", html, StringComparison.Ordinal);
        Assert.Contains("mit http:// oder https://", html, StringComparison.Ordinal);
        Assert.Equal("31000", document.QuerySelector("#PostalCode")?.GetAttribute("value"));
        Assert.Equal("office(at)ybbs", document.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.Equal("Werkstatt Ybbs", document.QuerySelector("#Name")?.GetAttribute("value"));
        Assert.Contains("Mein langer Profiltext, der nicht verloren gehen darf.", html, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector($"input[name=FieldOfWorkIds][value='{textil}'][checked]"));
        Assert.Equal("true", document.QuerySelector("#PostalCode")?.GetAttribute("aria-invalid"));
        Assert.Equal("Neuer Sozialbetrieb", page.H1);
        Assert.Equal(0, await portal.WithDbAsync(db => db.SocialEnterprises.CountAsync()));
    }

    [Theory]
    [InlineData("ftp://www.beispiel.at")]
    [InlineData("mailto:office@beispiel.at")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://")]
    public async Task Only_http_and_https_websites_are_accepted(string website)
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = DirectoryForms.Enterprise("Werkstatt Zwettl", "werkstatt-zwettl", "Draft");
        fields["Website"] = website;

        using var response = await staff.SubmitFormAsync("/admin/sozialbetriebe/neu", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("mit http:// oder https://", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.SocialEnterprises.CountAsync()));
    }

    [Fact]
    public async Task Missing_choices_and_a_taken_address_are_explained_in_german()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.Add(new SocialEnterpriseBuilder().WithSlug("vergeben").Build()));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = DirectoryForms.Enterprise("Neuer Betrieb", "vergeben", "Draft");
        fields["Segment"] = "";
        fields["DistrictId"] = "";

        using var response = await staff.SubmitFormAsync("/admin/sozialbetriebe/neu", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte wählen Sie die Betriebsform.", html, StringComparison.Ordinal);
        Assert.Contains("Bitte wählen Sie den Bezirk.", html, StringComparison.Ordinal);
        Assert.Contains("Die Adresse „vergeben“ ist schon vergeben", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_save_from_a_stale_form_is_refused_showing_both_versions_and_losing_nothing()
    {
        await using var portal = new PortalFactory();
        var first = await portal.SignInAsStaffAsync(Roles.Editor);
        var second = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await first.SubmitFormAsync("/admin/sozialbetriebe/neu", DirectoryForms.Enterprise("Kreativwerk", "kreativwerk", "Draft"));
        var id = await IdOfAsync(portal, "kreativwerk");

        using var saved = await first.SubmitFormAsync($"/admin/sozialbetriebe/{id}", DirectoryForms.Enterprise("Kreativwerk", "kreativwerk", "Draft", version: 0, profile: "Profil von Anna"));
        using var conflict = await second.SubmitFormAsync($"/admin/sozialbetriebe/{id}", DirectoryForms.Enterprise("Kreativwerk", "kreativwerk", "Draft", version: 0, profile: "Profil von Bernd"));
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", html, StringComparison.Ordinal);
        Assert.Contains("Profil von Anna", html, StringComparison.Ordinal);
        Assert.Contains("Profil von Bernd", html, StringComparison.Ordinal);
        Assert.Equal("Profil von Anna", await portal.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Id == id).Select(e => e.ProfileMarkdown).SingleAsync()));
    }

    [Fact]
    public async Task Markdown_preview_renders_on_the_server_without_saving()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = DirectoryForms.Enterprise("Vorschauwerk", "vorschauwerk", "Draft", profile: "### Unsere Werkstatt\n\nSeit **1998**.");
        fields["preview"] = "1";

        using var response = await staff.SubmitFormAsync("/admin/sozialbetriebe/neu", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h3>Unsere Werkstatt</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>1998</strong>", html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.SocialEnterprises.CountAsync()));
    }

    [Fact]
    public async Task Staff_preview_a_draft_as_the_public_profile_with_its_published_offers_while_visitors_get_404()
    {
        await using var portal = new PortalFactory();
        var enterprise = new SocialEnterpriseBuilder().Titled("Geheimwerk").WithSlug("geheimwerk").Draft().WithProfile("### Noch nicht öffentlich").Build();
        await portal.WithDbAsync(db => db.AddRange(
            enterprise,
            new OfferBuilder().Titled("Sitzbank aus Lärche").By(enterprise).Build(),
            new OfferBuilder().Titled("Entwurfsangebot").By(enterprise).Draft().Build()));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var preview = await staff.OpenAsync($"/admin/sozialbetriebe/{enterprise.Id}/vorschau");
        var edit = await staff.OpenAsync($"/admin/sozialbetriebe/{enterprise.Id}");

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal("Geheimwerk", preview.H1);
        Assert.Contains("<h3>Noch nicht öffentlich</h3>", preview.Html, StringComparison.Ordinal);
        Assert.NotNull(preview.Document.QuerySelector(".preview-banner"));
        Assert.Contains("Sitzbank aus Lärche", preview.CardTitles);
        Assert.DoesNotContain("Entwurfsangebot", preview.CardTitles);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().OpenAsync("/sozialbetriebe/geheimwerk")).Status);
        var offerLinks = edit.Document.QuerySelectorAll("#offers-heading ~ ul a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Entwurfsangebot", "Sitzbank aus Lärche"], offerLinks);
    }

    [Fact]
    public async Task The_list_filters_by_district_segment_state_and_text_and_they_combine()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AddRange(
            new SocialEnterpriseBuilder().Titled("Alpha Holz").InDistrict("Amstetten").InSegment(LabourMarketSegment.Workshop).Build(),
            new SocialEnterpriseBuilder().Titled("Beta Textil").InDistrict("Amstetten").InSegment(LabourMarketSegment.SocialEconomicEnterprise).Draft().Build(),
            new SocialEnterpriseBuilder().Titled("Gamma Druck").InDistrict("Melk").InSegment(LabourMarketSegment.Workshop).Build()));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        Assert.Equal(["Alpha Holz", "Beta Textil"], await NamesAsync(staff, "/admin/sozialbetriebe?bezirk=amstetten&sortierung=name"));
        Assert.Equal(["Alpha Holz", "Gamma Druck"], await NamesAsync(staff, "/admin/sozialbetriebe?segment=3am&sortierung=name"));
        Assert.Equal(["Alpha Holz"], await NamesAsync(staff, "/admin/sozialbetriebe?segment=werkstaette&bezirk=amstetten"));
        Assert.Equal(["Beta Textil"], await NamesAsync(staff, "/admin/sozialbetriebe?status=entwurf"));
        Assert.Equal(["Gamma Druck"], await NamesAsync(staff, "/admin/sozialbetriebe?q=gamma"));
        Assert.Equal(3, (await NamesAsync(staff, "/admin/sozialbetriebe?bezirk=%3Cx%3E&segment=unbekannt&seite=-1&status=x")).Count);
    }

    [Theory]
    [InlineData("/admin/sozialbetriebe")]
    [InlineData("/admin/sozialbetriebe/neu")]
    [InlineData("/admin/sozialbetriebe/1")]
    [InlineData("/admin/sozialbetriebe/1/vorschau")]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page(string url)
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/anmelden?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private static Task<int> IdOfAsync(PortalFactory portal, string slug) =>
        portal.WithDbAsync(db => db.SocialEnterprises.Where(e => e.Slug == slug).Select(e => e.Id).SingleAsync());

    private static async Task<List<string>> NamesAsync(HttpClient staff, string url)
    {
        var page = await staff.OpenAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll(".admin-table tbody td:first-child a").Select(a => a.TextContent.Trim()).ToList();
    }
}
