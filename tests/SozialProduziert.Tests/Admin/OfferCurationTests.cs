using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>Curating offers through real form posts, and the public offer pages following each step.</summary>
public class OfferCurationTests
{
    [Fact]
    public async Task An_offer_is_created_published_renamed_archived_and_trashed_and_the_public_site_follows()
    {
        await using var portal = new PortalFactory();
        var enterprise = await AddEnterpriseAsync(portal, "Holzwerk Traisen", "holzwerk-traisen");
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateBrowser();

        using var created = await staff.SubmitFormAsync("/admin/angebote/neu", DirectoryForms.Offer(enterprise, "Vogelhaus", "vogelhaus", "Draft"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await IdOfAsync(portal, "vogelhaus");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/angebote/vogelhaus")).Status);

        using var published = await staff.SubmitFormAsync($"/admin/angebote/{id}", DirectoryForms.Offer(enterprise, "Vogelhaus", "vogelhaus", "Published", version: 0));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await visitor.OpenAsync("/angebote/vogelhaus");
        Assert.Equal("Vogelhaus", page.H1);
        Assert.Contains("ab € 12 pro Stück", page.Html, StringComparison.Ordinal);
        Assert.Contains("Vogelhaus", (await visitor.OpenAsync("/angebote")).CardTitles);
        Assert.Contains("Vogelhaus", (await visitor.OpenAsync("/sozialbetriebe/holzwerk-traisen")).CardTitles);

        using var renamed = await staff.SubmitFormAsync($"/admin/angebote/{id}", DirectoryForms.Offer(enterprise, "Vogelhaus aus Lärche", "vogelhaus-laerche", "Published", version: 1));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        using var oldLink = await visitor.GetAsync("/angebote/vogelhaus");
        Assert.Equal(HttpStatusCode.MovedPermanently, oldLink.StatusCode);
        Assert.EndsWith("/angebote/vogelhaus-laerche", oldLink.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var archived = await staff.SubmitFormAsync($"/admin/angebote/{id}", DirectoryForms.Offer(enterprise, "Vogelhaus aus Lärche", "vogelhaus-laerche", "Archived", version: 2));
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/angebote/vogelhaus-laerche")).Status);
        Assert.DoesNotContain("Vogelhaus aus Lärche", (await visitor.OpenAsync("/sozialbetriebe/holzwerk-traisen")).CardTitles);

        using var trashed = await staff.SubmitFormAsync($"/admin/angebote/{id}/loeschen", [], formPage: $"/admin/angebote/{id}");
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/admin/angebote/{id}")).StatusCode);
        Assert.Equal(5, await portal.WithDbAsync(db => db.ContentRevisions.CountAsync(r => r.ContentType == "Offer" && r.ContentId == id)));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.ContentDeleted && a.ContentType == "Offer" && a.ContentId == id)));
    }

    [Fact]
    public async Task A_published_offer_of_a_draft_Sozialbetrieb_stays_offline_but_staff_can_preview_it()
    {
        await using var portal = new PortalFactory();
        var draft = new SocialEnterpriseBuilder().Titled("Stillwerk").Draft().Build();
        await portal.WithDbAsync(db => db.Add(draft));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var created = await staff.SubmitFormAsync("/admin/angebote/neu", DirectoryForms.Offer(draft.Id, "Filztasche", "filztasche", "Published", description: "### Aus Wollresten"));
        var id = await IdOfAsync(portal, "filztasche");
        var preview = await staff.OpenAsync($"/admin/angebote/{id}/vorschau");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateClient().OpenAsync("/angebote/filztasche")).Status);
        Assert.Equal("Filztasche", preview.H1);
        Assert.Contains("<h3>Aus Wollresten</h3>", preview.Html, StringComparison.Ordinal);
        Assert.Contains("Stillwerk", preview.Html, StringComparison.Ordinal);
        Assert.NotNull(preview.Document.QuerySelector(".preview-banner"));
    }

    [Fact]
    public async Task Invalid_input_keeps_everything_typed_and_explains_in_german()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var fields = DirectoryForms.Offer(0, "", "Ungültig Mit Leerzeichen", "Draft", description: "Meine Beschreibung, die nicht verloren gehen darf.");
        fields["SocialEnterpriseId"] = "";
        fields["FieldOfWorkId"] = "";
        fields["Kind"] = "";

        using var response = await staff.SubmitFormAsync("/admin/angebote/neu", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte geben Sie einen Titel ein.", html, StringComparison.Ordinal);
        Assert.Contains("Bitte wählen Sie den Sozialbetrieb, der das Angebot macht.", html, StringComparison.Ordinal);
        Assert.Contains("Bitte wählen Sie das Arbeitsfeld.", html, StringComparison.Ordinal);
        Assert.Contains("Bitte wählen Sie, ob es ein Produkt oder eine Dienstleistung ist.", html, StringComparison.Ordinal);
        Assert.Contains("nur Kleinbuchstaben", html, StringComparison.Ordinal);
        Assert.Contains("Meine Beschreibung, die nicht verloren gehen darf.", html, StringComparison.Ordinal);
        Assert.Contains("ab € 12 pro Stück", html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Offers.CountAsync()));
    }

    [Fact]
    public async Task A_second_save_from_a_stale_form_is_refused_showing_both_versions_and_losing_nothing()
    {
        await using var portal = new PortalFactory();
        var enterprise = await AddEnterpriseAsync(portal, "Textilwerk", "textilwerk");
        var first = await portal.SignInAsStaffAsync(Roles.Editor);
        var second = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await first.SubmitFormAsync("/admin/angebote/neu", DirectoryForms.Offer(enterprise, "Schürze", "schuerze", "Draft"));
        var id = await IdOfAsync(portal, "schuerze");

        using var saved = await first.SubmitFormAsync($"/admin/angebote/{id}", DirectoryForms.Offer(enterprise, "Schürze", "schuerze", "Draft", version: 0, description: "Text von Anna"));
        using var conflict = await second.SubmitFormAsync($"/admin/angebote/{id}", DirectoryForms.Offer(enterprise, "Schürze", "schuerze", "Draft", version: 0, description: "Text von Bernd"));
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", html, StringComparison.Ordinal);
        Assert.Contains("Text von Anna", html, StringComparison.Ordinal);
        Assert.Contains("Text von Bernd", html, StringComparison.Ordinal);
        Assert.Equal("Text von Anna", await portal.WithDbAsync(db => db.Offers.Where(o => o.Id == id).Select(o => o.DescriptionMarkdown).SingleAsync()));
    }

    [Fact]
    public async Task The_new_offer_form_preselects_the_Sozialbetrieb_it_was_opened_from()
    {
        await using var portal = new PortalFactory();
        var enterprise = await AddEnterpriseAsync(portal, "Druckwerk", "druckwerk");
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var form = await staff.OpenAsync($"/admin/angebote/neu?sozialbetrieb={enterprise}");

        Assert.Equal("Neues Angebot", form.H1);
        Assert.Equal(DirectoryForms.Number(enterprise), form.Document.QuerySelector("#SocialEnterpriseId option[selected]")?.GetAttribute("value"));
        Assert.Equal("multipart/form-data", form.Document.QuerySelector("form.edit-form")?.GetAttribute("enctype"));
    }

    [Fact]
    public async Task The_list_filters_by_Sozialbetrieb_kind_and_state_and_they_combine()
    {
        await using var portal = new PortalFactory();
        var alpha = new SocialEnterpriseBuilder().Titled("Alpha").Build();
        var beta = new SocialEnterpriseBuilder().Titled("Beta").Build();
        await portal.WithDbAsync(db => db.AddRange(
            new OfferBuilder().Titled("Bank").By(alpha).OfKind(OfferKind.Product).Build(),
            new OfferBuilder().Titled("Montage").By(alpha).OfKind(OfferKind.Service).Draft().Build(),
            new OfferBuilder().Titled("Kiste").By(beta).OfKind(OfferKind.Product).Build()));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        Assert.Equal(["Bank", "Montage"], await TitlesAsync(staff, $"/admin/angebote?sozialbetrieb={alpha.Id}&sortierung=titel"));
        Assert.Equal(["Bank", "Kiste"], await TitlesAsync(staff, "/admin/angebote?art=produkt&sortierung=titel"));
        Assert.Equal(["Kiste"], await TitlesAsync(staff, $"/admin/angebote?art=produkt&sozialbetrieb={beta.Id}"));
        Assert.Equal(["Montage"], await TitlesAsync(staff, "/admin/angebote?status=entwurf"));
        Assert.Equal(3, (await TitlesAsync(staff, "/admin/angebote?sozialbetrieb=abc&art=x&seite=999")).Count);
    }

    [Fact]
    public async Task Existing_images_are_listed_in_the_gallery_editor_and_survive_a_save_that_posts_no_rows()
    {
        await using var portal = new PortalFactory();
        var offer = new OfferBuilder().Titled("Schneidbrett").WithSlug("schneidbrett").Build();
        offer.Images.Add(new OfferImage { MediaImage = DirectoryForms.Image("Schneidbrett aus Eiche"), SortOrder = 0 });
        await portal.WithDbAsync(db => db.Add(offer));
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        var form = await staff.OpenAsync($"/admin/angebote/{offer.Id}");
        using var saved = await staff.SubmitFormAsync($"/admin/angebote/{offer.Id}", DirectoryForms.Offer(offer.SocialEnterpriseId, "Schneidbrett", "schneidbrett", "Published", version: 0));

        Assert.Equal("Schneidbrett aus Eiche", form.Document.QuerySelector("#Gallery_0__AltText")?.GetAttribute("value"));
        Assert.NotNull(form.Document.QuerySelector("input[type=file][name=NewImages]"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.Offers.Where(o => o.Id == offer.Id).SelectMany(o => o.Images).CountAsync()));
        var snapshot = await portal.WithDbAsync(db => db.ContentRevisions.Where(r => r.ContentType == "Offer" && r.ContentId == offer.Id).Select(r => r.Snapshot).SingleAsync());
        Assert.Contains($"\"Images\":[{offer.Images[0].MediaImageId}]", snapshot, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/angebote")]
    [InlineData("/admin/angebote/neu")]
    [InlineData("/admin/angebote/1")]
    [InlineData("/admin/angebote/1/vorschau")]
    public async Task Anonymous_visitors_are_sent_to_the_sign_in_page(string url)
    {
        await using var portal = new PortalFactory();

        using var response = await portal.CreateBrowser().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/anmelden?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private static async Task<int> AddEnterpriseAsync(PortalFactory portal, string name, string slug)
    {
        var enterprise = new SocialEnterpriseBuilder().Titled(name).WithSlug(slug).Build();
        await portal.WithDbAsync(db => db.Add(enterprise));
        return enterprise.Id;
    }

    private static Task<int> IdOfAsync(PortalFactory portal, string slug) =>
        portal.WithDbAsync(db => db.Offers.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync());

    private static async Task<List<string>> TitlesAsync(HttpClient staff, string url)
    {
        var page = await staff.OpenAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelectorAll(".admin-table tbody td:first-child a").Select(a => a.TextContent.Trim()).ToList();
    }
}
