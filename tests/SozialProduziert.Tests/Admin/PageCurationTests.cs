using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>Curating an editorial page through real form posts, and the public site following each step.</summary>
public class PageCurationTests
{
    [Fact]
    public async Task A_page_is_created_as_draft_published_renamed_and_trashed_and_the_public_site_follows()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var created = await staff.SubmitFormAsync("/admin/seiten/neu", Fields("Presse", "presse", "Draft"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await portal.WithDbAsync(db => db.Pages.Where(p => p.Slug == "presse").Select(p => p.Id).SingleAsync());
        Assert.Equal(PublishState.Draft, await portal.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.State).SingleAsync()));

        using var published = await staff.SubmitFormAsync($"/admin/seiten/{id}", Fields("Presse & Medien", "presse-medien", "Published", version: 0));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(2, await portal.WithDbAsync(db => db.ContentRevisions.CountAsync(r => r.ContentId == id && r.ContentType == "Page")));
        Assert.Equal("presse-medien", await portal.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync()));

        using var trashed = await staff.SubmitFormAsync($"/admin/seiten/{id}/loeschen", [], formPage: $"/admin/seiten/{id}");
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        Assert.NotNull(await portal.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.DeletedAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/admin/seiten/{id}")).StatusCode);
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.ContentDeleted && a.ContentId == id)));
    }

    [Fact]
    public async Task Editing_the_imprint_changes_the_public_page_and_a_draft_takes_it_offline()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var visitor = portal.CreateClient();
        var (id, version) = await portal.WithDbAsync(db => db.Pages.Where(p => p.Slug == PageSlugs.Imprint).Select(p => new Tuple<int, int>(p.Id, p.Version)).SingleAsync());

        using var renamed = await staff.SubmitFormAsync($"/admin/seiten/{id}", Fields("Impressum der KOMUNITAS", PageSlugs.Imprint, "Published", version: version));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Impressum der KOMUNITAS", (await visitor.OpenAsync("/impressum")).H1);

        using var drafted = await staff.SubmitFormAsync($"/admin/seiten/{id}", Fields("Impressum der KOMUNITAS", PageSlugs.Imprint, "Draft", version: version + 1));
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.OpenAsync("/impressum")).Status);
    }

    [Fact]
    public async Task Invalid_input_keeps_everything_typed_and_explains_in_german()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.SubmitFormAsync("/admin/seiten/neu", new()
        {
            ["Title"] = "",
            ["BodyMarkdown"] = "Mein langer Text, der nicht verloren gehen darf.",
            ["Slug"] = "Ungültig Mit Leerzeichen",
            ["State"] = "Draft",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte geben Sie einen Titel ein.", html, StringComparison.Ordinal);
        Assert.Contains("nur Kleinbuchstaben", html, StringComparison.Ordinal);
        Assert.Contains("Mein langer Text, der nicht verloren gehen darf.", html, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Pages.CountAsync(p => p.Slug == "ungueltig-mit-leerzeichen")));
    }

    [Theory]
    [InlineData("7", "„7“ ist hier kein gültiger Wert.")]
    [InlineData("Irgendwas", "„Irgendwas“ ist für „Status“ kein gültiger Wert.")]
    public async Task A_tampered_state_is_refused_with_a_german_message(string state, string message)
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await staff.SubmitFormAsync("/admin/seiten/neu", Fields("Manipuliert", "manipuliert", state));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(html[html.IndexOf("<main", StringComparison.Ordinal)..]), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Pages.CountAsync(p => p.Slug == "manipuliert")));
    }

    [Fact]
    public async Task A_second_save_from_a_stale_form_is_refused_showing_both_versions_and_losing_nothing()
    {
        await using var portal = new PortalFactory();
        var first = await portal.SignInAsStaffAsync(Roles.Editor);
        var second = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await first.SubmitFormAsync("/admin/seiten/neu", Fields("Kontakt", "kontakt", "Draft"));
        var id = await portal.WithDbAsync(db => db.Pages.Where(p => p.Slug == "kontakt").Select(p => p.Id).SingleAsync());

        using var saved = await first.SubmitFormAsync($"/admin/seiten/{id}", Fields("Kontakt", "kontakt", "Draft", body: "Text von Anna", version: 0));
        using var conflict = await second.SubmitFormAsync($"/admin/seiten/{id}", Fields("Kontakt", "kontakt", "Draft", body: "Text von Bernd", version: 0));
        var html = await conflict.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("inzwischen von jemand anderem geändert", html, StringComparison.Ordinal);
        Assert.Contains("Text von Anna", html, StringComparison.Ordinal);
        Assert.Contains("Text von Bernd", html, StringComparison.Ordinal);
        Assert.Equal("Text von Anna", await portal.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.BodyMarkdown).SingleAsync()));

        // The form now carries the stored version, so Bernd can merge by hand and save.
        var storedVersion = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("input[name=Version]")?.GetAttribute("value");
        using var retry = await second.SubmitFormAsync($"/admin/seiten/{id}", Fields("Kontakt", "kontakt", "Draft", body: "Text von Anna und Bernd", version: int.Parse(storedVersion!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal("Text von Anna und Bernd", await portal.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.BodyMarkdown).SingleAsync()));
    }

    [Fact]
    public async Task Staff_preview_a_draft_exactly_as_the_public_page_while_visitors_get_404()
    {
        await using var portal = new PortalFactory();
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var created = await staff.SubmitFormAsync("/admin/seiten/neu", Fields("Geheimplan", "geheimplan", "Draft", body: "## Noch nicht öffentlich"));
        var id = await portal.WithDbAsync(db => db.Pages.Where(p => p.Slug == "geheimplan").Select(p => p.Id).SingleAsync());

        var preview = await staff.GetStringAsync($"/admin/seiten/{id}/vorschau");

        Assert.Contains("<h2>Noch nicht öffentlich</h2>", preview, StringComparison.Ordinal);
        Assert.Contains("Vorschau", preview, StringComparison.Ordinal);
        using var anonymous = await portal.CreateBrowser().GetAsync($"/admin/seiten/{id}/vorschau");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    private static Dictionary<string, string> Fields(string title, string slug, string state, string body = "Ein Text.", int? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Slug"] = slug,
            ["State"] = state,
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
}
