using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>"Mein Konto": changing one's own password, managing two-factor sign-in, and signing out everywhere.</summary>
public class ProfileTests
{
    private const string Email = "redaktion@komunitas.example";
    private const string NewPassword = "ein ganz neuer Satz als Passwort";

    [Fact]
    public async Task Mein_Konto_shows_the_account_and_whether_two_factor_is_on()
    {
        await using var portal = new PortalFactory();
        var client = await portal.SignInAsStaffAsync(Roles.Editor, Email);

        var page = await client.OpenAsync("/admin/konto");

        Assert.Equal("Mein Konto", page.H1);
        Assert.Contains(Email, page.Document.QuerySelector(".account-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ausgeschaltet.", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_current_password_or_a_short_new_one_is_refused_in_german()
    {
        await using var portal = new PortalFactory();
        var client = await portal.SignInAsStaffAsync(Roles.Editor, Email);

        using var wrongCurrent = await client.SubmitFormAsync("/admin/konto/passwort", PasswordFields("falsch-falsch-falsch", NewPassword), "/admin/konto");
        using var tooShort = await client.SubmitFormAsync("/admin/konto/passwort", PasswordFields(StaffSession.Password, "zu-kurz"), "/admin/konto");
        using var mismatch = await client.SubmitFormAsync("/admin/konto/passwort", PasswordFields(StaffSession.Password, NewPassword, NewPassword + "!"), "/admin/konto");

        Assert.Contains("<a href=\"#Password_CurrentPassword\">Das Passwort stimmt nicht.</a>", await wrongCurrent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Das neue Passwort muss mindestens 12 Zeichen lang sein.", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("stimmen nicht überein", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.PasswordChanged)));
    }

    [Fact]
    public async Task A_changed_password_keeps_this_session_and_replaces_the_old_one()
    {
        await using var portal = new PortalFactory();
        var client = await portal.SignInAsStaffAsync(Roles.Editor, Email);

        using var changed = await client.SubmitFormAsync("/admin/konto/passwort", PasswordFields(StaffSession.Password, NewPassword), "/admin/konto");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Ihr Passwort wurde geändert.", (await client.OpenAsync("/admin/konto")).Html, StringComparison.Ordinal);
        using var withOld = await portal.CreateBrowser().SubmitFormAsync("/admin/anmelden", new() { ["Email"] = Email, ["Password"] = StaffSession.Password });
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        await portal.CreateBrowser().SignInAsync(portal, Email, NewPassword);
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.PasswordChanged && a.UserName == Email)));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_the_sessions_on_other_devices_within_the_validation_interval()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var portal = new PortalFactory { Clock = clock };
        await portal.CreateStaffAsync(Email, Roles.Editor);
        var laptop = portal.CreateBrowser();
        await laptop.SignInAsync(portal, Email);
        var phone = portal.CreateBrowser();
        await phone.SignInAsync(portal, Email);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/admin")).StatusCode);

        using var everywhere = await laptop.SubmitFormAsync("/admin/konto/ueberall-abmelden", [], formPage: "/admin/konto");
        Assert.Equal("/admin/anmelden", everywhere.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/admin")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        using var later = await phone.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.StartsWith("https://localhost/admin/anmelden", later.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.SignedOutEverywhere && a.UserName == Email)));
    }

    [Fact]
    public async Task Recovery_codes_can_be_renewed_and_downloaded_and_two_factor_switched_off_with_the_password()
    {
        await using var portal = new PortalFactory();
        var client = await portal.SignInAsStaffAsync(Roles.Editor, Email);
        var first = await TwoFactorForms.EnableAsync(client);

        using var renewed = await client.SubmitFormAsync("/admin/konto/zwei-faktor/wiederherstellungscodes", [], "/admin/konto/zwei-faktor");
        var fresh = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await renewed.Content.ReadAsStringAsync())
            .QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(first));

        var download = new Dictionary<string, string> { ["codes"] = fresh[0] };
        using var file = await client.SubmitFormAsync("/admin/konto/zwei-faktor/wiederherstellungscodes/herunterladen", download, "/admin/konto/zwei-faktor");
        Assert.Equal("text/plain", file.Content.Headers.ContentType?.MediaType);
        Assert.Contains(fresh[0], await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var wrongPassword = await client.SubmitFormAsync("/admin/konto/zwei-faktor/ausschalten", new() { ["Disable.Password"] = "falsch-falsch-falsch" }, "/admin/konto/zwei-faktor");
        Assert.Contains("Das Passwort stimmt nicht.", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var off = await client.SubmitFormAsync("/admin/konto/zwei-faktor/ausschalten", new() { ["Disable.Password"] = StaffSession.Password }, "/admin/konto/zwei-faktor");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    private static Dictionary<string, string> PasswordFields(string current, string next, string? confirm = null) => new()
    {
        ["Password.CurrentPassword"] = current,
        ["Password.NewPassword"] = next,
        ["Password.ConfirmPassword"] = confirm ?? next,
    };
}
