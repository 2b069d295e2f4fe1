using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>The audit log viewer: sign-ins and changes, newest first, filtered by kind, paged, in Vienna time.</summary>
public class AuditLogTests
{
    [Fact]
    public async Task The_log_shows_successful_and_failed_sign_ins_newest_first()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync("redaktion@komunitas.example", Roles.Editor);
        using (await portal.CreateBrowser().SubmitFormAsync("/admin/anmelden", new() { ["Email"] = "redaktion@komunitas.example", ["Password"] = "falsch-falsch-falsch" }))
        {
        }

        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator, "leitung@komunitas.example");

        var rows = Rows(await administrator.OpenAsync("/admin/protokoll?gruppe=anmeldungen"));

        Assert.Equal(["Angemeldet", "leitung@komunitas.example"], rows[0][1..3]);
        Assert.Equal(["Anmeldung fehlgeschlagen", "redaktion@komunitas.example"], rows[1][1..3]);
    }

    [Fact]
    public async Task The_groups_separate_sign_ins_account_changes_and_content_and_unknown_groups_show_everything()
    {
        await using var portal = new PortalFactory();
        await portal.WithDbAsync(db => db.AuditEntries.AddRange(
            Entry(AuditAction.SignInSucceeded, new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc)),
            Entry(AuditAction.PasswordReset, new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc)),
            Entry(AuditAction.ContentUpdated, new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc), "Page", 7)));
        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator);

        var content = Rows(await administrator.OpenAsync("/admin/protokoll?gruppe=inhalte"));
        var accounts = Rows(await administrator.OpenAsync("/admin/protokoll?gruppe=konten"));
        var all = Rows(await administrator.OpenAsync("/admin/protokoll?gruppe=%3Cscript%3E"));

        Assert.Equal(["01.03.2026 11:00", "Inhalt bearbeitet", "test@komunitas.example", "Seite #7"], Assert.Single(content)[..4]);
        Assert.Equal("Passwort zurückgesetzt", Assert.Single(accounts)[1]);
        Assert.Equal(4, all.Count);
    }

    [Fact]
    public async Task The_log_is_paged_by_fifty_and_odd_page_numbers_never_fail()
    {
        await using var portal = new PortalFactory();
        var start = new DateTime(2026, 7, 1, 10, 0, 0, DateTimeKind.Utc);
        await portal.WithDbAsync(db => db.AuditEntries.AddRange(Enumerable.Range(0, 60).Select(i => Entry(AuditAction.ContentUpdated, start.AddMinutes(i)))));
        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator);

        var first = await administrator.OpenAsync("/admin/protokoll?gruppe=inhalte");
        var second = await administrator.OpenAsync("/admin/protokoll?gruppe=inhalte&seite=2");
        var beyond = await administrator.OpenAsync("/admin/protokoll?gruppe=inhalte&seite=99");
        var negative = await administrator.OpenAsync("/admin/protokoll?seite=-1");

        Assert.Equal(50, Rows(first).Count);
        Assert.Equal("01.07.2026 12:59", Rows(first)[0][0]);
        Assert.Equal(10, Rows(second).Count);
        Assert.Equal("01.07.2026 12:00", Rows(second)[^1][0]);
        Assert.Equal(10, Rows(beyond).Count);
        Assert.Equal(System.Net.HttpStatusCode.OK, negative.Status);
        Assert.Contains("gruppe=inhalte&seite=2", first.Html.Replace("&amp;", "&", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static AuditEntry Entry(AuditAction action, DateTime at, string? contentType = null, int? contentId = null) =>
        new() { Action = action, At = at, UserName = "test@komunitas.example", ContentType = contentType, ContentId = contentId };

    private static List<List<string>> Rows(HtmlPage page) =>
        page.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
}
