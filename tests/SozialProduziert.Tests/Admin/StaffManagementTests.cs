using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>Account administration for Administrators: who may enter, creating accounts, roles, passwords, locks.</summary>
public class StaffManagementTests
{
    private const string EditorEmail = "redaktion@komunitas.example";

    public static TheoryData<string> AdministratorPages => ["/admin/konten", "/admin/konten/neu", "/admin/protokoll", "/admin/protokoll?gruppe=anmeldungen&seite=2"];

    [Theory]
    [MemberData(nameof(AdministratorPages))]
    public async Task Administrator_pages_send_visitors_to_sign_in_refuse_Redaktion_and_open_for_Administrators(string path)
    {
        await using var portal = new PortalFactory();
        var editor = await portal.SignInAsStaffAsync(Roles.Editor);
        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator);

        using var anonymous = await portal.CreateBrowser().GetAsync(path);
        using var refused = await editor.GetAsync(path);
        var page = await administrator.OpenAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("https://localhost/admin/anmelden", anonymous.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.Status);
    }

    [Fact]
    public async Task Redaktion_cannot_create_accounts_even_with_a_valid_form_token()
    {
        await using var portal = new PortalFactory();
        var editor = await portal.SignInAsStaffAsync(Roles.Editor);

        using var response = await editor.SubmitFormAsync("/admin/konten/neu", NewAccount("neu@komunitas.example", Roles.Administrator), formPage: "/admin/konto");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "neu@komunitas.example")));
    }

    [Fact]
    public async Task A_new_account_gets_a_one_time_password_shown_once_that_signs_in()
    {
        await using var portal = new PortalFactory();
        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator);

        using var created = await administrator.SubmitFormAsync("/admin/konten/neu", NewAccount(EditorEmail, Roles.Editor));
        var html = await created.Content.ReadAsStringAsync();
        var password = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector(".one-time-password")!.TextContent;

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(20, password.Length);
        await portal.CreateBrowser().SignInAsync(portal, EditorEmail, password);
        var list = await administrator.OpenAsync("/admin/konten");
        Assert.Contains("Maria Muster", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(password, list.Html, StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.AccountCreated)));
    }

    [Fact]
    public async Task A_taken_email_address_is_refused_in_german_with_the_form_kept()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(EditorEmail, Roles.Editor);
        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator);

        using var response = await administrator.SubmitFormAsync("/admin/konten/neu", NewAccount(EditorEmail.ToUpperInvariant(), Roles.Editor));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll(".form-errors li"));
        Assert.Equal("Für die E-Mail-Adresse „REDAKTION@KOMUNITAS.EXAMPLE“ gibt es bereits ein Konto.", error.TextContent);
        Assert.Contains("value=\"Maria Muster\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_Administrator_can_neither_demote_nor_disable_themselves()
    {
        await using var portal = new PortalFactory();
        const string adminEmail = "leitung@komunitas.example";
        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator, adminEmail);
        var id = await UserIdAsync(portal, adminEmail);

        using var demoted = await administrator.SubmitFormAsync($"/admin/konten/{id}/rolle", new() { ["role"] = Roles.Editor }, $"/admin/konten/{id}");
        using var disabled = await administrator.SubmitFormAsync($"/admin/konten/{id}/deaktivieren", [], $"/admin/konten/{id}");
        var page = await administrator.OpenAsync($"/admin/konten/{id}");

        Assert.Contains("eigenes Konto können Sie nicht deaktivieren", page.Html, StringComparison.Ordinal);
        Assert.True(await IsInRoleAsync(portal, adminEmail, Roles.Administrator));
        Assert.Null(await portal.WithDbAsync(db => db.Users.Where(u => u.Email == adminEmail).Select(u => u.LockoutEnd).SingleAsync()));

        using var again = await administrator.SubmitFormAsync($"/admin/konten/{id}/rolle", new() { ["role"] = Roles.Editor }, $"/admin/konten/{id}");
        Assert.Contains("das letzte aktive Administrator-Konto", (await administrator.OpenAsync($"/admin/konten/{id}")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_second_Administrator_one_may_step_down_and_loses_the_account_pages()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync("zweite@komunitas.example", Roles.Administrator);
        const string adminEmail = "leitung@komunitas.example";
        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator, adminEmail);
        var id = await UserIdAsync(portal, adminEmail);

        using var demoted = await administrator.SubmitFormAsync($"/admin/konten/{id}/rolle", new() { ["role"] = Roles.Editor }, $"/admin/konten/{id}");

        Assert.Equal("/admin", demoted.Headers.Location?.OriginalString);
        Assert.True(await IsInRoleAsync(portal, adminEmail, Roles.Editor));
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync("/admin/konten")).StatusCode);
    }

    [Fact]
    public async Task A_reset_password_replaces_the_old_one_and_lifts_a_lockout()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(EditorEmail, Roles.Editor);
        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator);
        await LockOutAsync(portal, EditorEmail);
        var id = await UserIdAsync(portal, EditorEmail);
        Assert.Contains("Gesperrt bis", (await administrator.OpenAsync("/admin/konten")).Html, StringComparison.Ordinal);

        using var reset = await administrator.SubmitFormAsync($"/admin/konten/{id}/passwort", [], $"/admin/konten/{id}");
        var password = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await reset.Content.ReadAsStringAsync()).QuerySelector(".one-time-password")!.TextContent;

        using var withOld = await portal.CreateBrowser().SubmitFormAsync("/admin/anmelden", new() { ["Email"] = EditorEmail, ["Password"] = StaffSession.Password });
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        await portal.CreateBrowser().SignInAsync(portal, EditorEmail, password);
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.PasswordReset)));
    }

    [Fact]
    public async Task A_locked_account_is_unlocked_and_a_disabled_one_cannot_sign_in_until_enabled()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(EditorEmail, Roles.Editor);
        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator);
        var id = await UserIdAsync(portal, EditorEmail);
        await LockOutAsync(portal, EditorEmail);

        using (await administrator.SubmitFormAsync($"/admin/konten/{id}/entsperren", [], $"/admin/konten/{id}"))
        {
            await portal.CreateBrowser().SignInAsync(portal, EditorEmail);
        }

        using (await administrator.SubmitFormAsync($"/admin/konten/{id}/deaktivieren", [], $"/admin/konten/{id}"))
        {
            Assert.Contains("Deaktiviert", (await administrator.OpenAsync("/admin/konten")).Html, StringComparison.Ordinal);
            using var refused = await portal.CreateBrowser().SubmitFormAsync("/admin/anmelden", new() { ["Email"] = EditorEmail, ["Password"] = StaffSession.Password });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using (await administrator.SubmitFormAsync($"/admin/konten/{id}/aktivieren", [], $"/admin/konten/{id}"))
        {
            await portal.CreateBrowser().SignInAsync(portal, EditorEmail);
        }
    }

    [Fact]
    public async Task The_account_list_shows_role_two_factor_state_and_last_sign_in()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(EditorEmail, Roles.Editor);
        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator);

        var rows = (await administrator.OpenAsync("/admin/konten")).Document.QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();

        var editor = Assert.Single(rows, r => r[1] == EditorEmail);
        Assert.Equal([Roles.Editor, "Aus", "Aktiv", "noch nie"], editor[2..]);
        var admin = Assert.Single(rows, r => r[2] == Roles.Administrator);
        Assert.Equal("Ein", admin[3]);
        Assert.Matches(@"^\d\d\.\d\d\.\d{4} \d\d:\d\d$", admin[5]);
    }

    [Fact]
    public async Task An_unknown_account_id_is_404()
    {
        await using var portal = new PortalFactory();
        var administrator = await portal.SignInAsStaffAsync(Roles.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync($"/admin/konten/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync("/admin/konten/kein-konto")).StatusCode);
    }

    private static Dictionary<string, string> NewAccount(string email, string role) =>
        new() { ["Email"] = email, ["DisplayName"] = "Maria Muster", ["Role"] = role };

    private static Task<string> UserIdAsync(PortalFactory portal, string email) =>
        portal.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static async Task<bool> IsInRoleAsync(PortalFactory portal, string email, string role)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, role);
    }

    private static async Task LockOutAsync(PortalFactory portal, string email)
    {
        var client = portal.CreateBrowser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var _ = await client.SubmitFormAsync("/admin/anmelden", new() { ["Email"] = email, ["Password"] = "falsch-falsch-falsch" });
        }
    }
}
