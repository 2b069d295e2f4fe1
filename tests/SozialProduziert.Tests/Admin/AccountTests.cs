using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.Admin;

/// <summary>Signing in safely: lockout, two-factor sign-in with app codes and recovery codes, and the rule that Administrators must use it.</summary>
public class AccountTests
{
    private const string Email = "redaktion@komunitas.example";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_is_refused_too_and_every_attempt_is_audited()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(Email, Roles.Editor);
        var client = portal.CreateBrowser();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await client.SubmitFormAsync("/admin/anmelden", Credentials("falsch-falsch-falsch"));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var sixth = await client.SubmitFormAsync("/admin/anmelden", Credentials(StaffSession.Password));
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains("vorübergehend gesperrt", await sixth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);

        var audited = await AuditedActionsAsync(portal);
        Assert.Equal(
            [AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.SignInFailed, AuditAction.LockedOut, AuditAction.LockedOut],
            audited);
    }

    [Fact]
    public async Task Two_factor_sign_in_is_switched_on_through_the_forms_and_then_asks_for_the_app_code()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(Email, Roles.Editor);
        var client = await SignInWithPasswordAsync(portal);
        await TwoFactorForms.EnableAsync(client);
        Assert.True(await portal.WithDbAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.TwoFactorEnabled).SingleAsync()));

        var browser = portal.CreateBrowser();
        using var password = await browser.SubmitFormAsync("/admin/anmelden", Credentials(StaffSession.Password));
        Assert.Equal("/admin/anmelden/zwei-faktor?returnUrl=%2Fadmin", password.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin")).StatusCode);

        var code = await portal.AuthenticatorCodeAsync(Email);
        using var wrong = await browser.SubmitFormAsync("/admin/anmelden/zwei-faktor", new() { ["Code"] = Authenticator.WrongCode(code) });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Der Code stimmt nicht.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/admin")).StatusCode);

        using var right = await browser.SubmitFormAsync("/admin/anmelden/zwei-faktor", new() { ["Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/admin", right.Headers.Location?.OriginalString);
        Assert.Equal("Übersicht", (await browser.OpenAsync("/admin")).H1);

        var audited = await AuditedActionsAsync(portal);
        Assert.Contains(AuditAction.TwoFactorEnabled, audited);
        Assert.Equal([AuditAction.SignInFailed, AuditAction.SignInSucceeded], audited.SkipWhile(a => a != AuditAction.TwoFactorEnabled).Skip(1));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_is_then_used_up()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(Email, Roles.Editor);
        var codes = await TwoFactorForms.EnableAsync(await SignInWithPasswordAsync(portal));
        Assert.Equal(10, codes.Count);

        var first = portal.CreateBrowser();
        using (await first.SubmitFormAsync("/admin/anmelden", Credentials(StaffSession.Password)))
        {
            using var recovered = await first.SubmitFormAsync("/admin/anmelden/wiederherstellungscode", new() { ["RecoveryCode"] = codes[0].ToLowerInvariant() });
            Assert.Equal(HttpStatusCode.Redirect, recovered.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);
        }

        var second = portal.CreateBrowser();
        using (await second.SubmitFormAsync("/admin/anmelden", Credentials(StaffSession.Password)))
        {
            using var reused = await second.SubmitFormAsync("/admin/anmelden/wiederherstellungscode", new() { ["RecoveryCode"] = codes[0] });
            Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
            var refused = await reused.Content.ReadAsStringAsync();
            Assert.Contains("wurde schon verwendet", refused, StringComparison.Ordinal);
            Assert.Equal("", HtmlPage.From(refused).Document.QuerySelector("#RecoveryCode")?.GetAttribute("value"));
            Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/admin")).StatusCode);
        }

        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.SignInSucceeded && a.Details == "Mit Wiederherstellungscode")));
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.SignInFailed && a.Details == "Falscher Wiederherstellungscode")));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Users.Where(u => u.Email == Email).Select(u => u.AccessFailedCount).SingleAsync()));
    }

    [Fact]
    public async Task Wrong_app_codes_count_towards_the_lockout()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(Email, Roles.Editor, twoFactor: true);
        var client = portal.CreateBrowser();
        using (await client.SubmitFormAsync("/admin/anmelden", Credentials(StaffSession.Password)))
        {
            var code = await portal.AuthenticatorCodeAsync(Email);
            for (var attempt = 1; attempt <= 5; attempt++)
            {
                using var wrong = await client.SubmitFormAsync("/admin/anmelden/zwei-faktor", new() { ["Code"] = Authenticator.WrongCode(code) });
                Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
                Assert.Equal("", HtmlPage.From(await wrong.Content.ReadAsStringAsync()).Document.QuerySelector("#Code")?.GetAttribute("value"));
            }

            using var right = await client.SubmitFormAsync("/admin/anmelden/zwei-faktor", new() { ["Code"] = code });
            Assert.Equal(HttpStatusCode.OK, right.StatusCode);
            Assert.Contains("vorübergehend gesperrt", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Contains(AuditAction.LockedOut, await AuditedActionsAsync(portal));
    }

    [Fact]
    public async Task An_Administrator_without_two_factor_reaches_only_its_set_up_until_it_is_switched_on()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(Email, Roles.Administrator, twoFactor: false);
        var client = await SignInWithPasswordAsync(portal);

        foreach (var path in new[] { "/admin", "/admin/seiten", "/admin/konto", "/admin/konten", "/admin/protokoll" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/admin/konto/zwei-faktor", response.Headers.Location?.OriginalString);
        }

        var setUp = await client.OpenAsync("/admin/konto/zwei-faktor");
        Assert.Equal("Zwei-Faktor-Anmeldung einrichten", setUp.H1);
        Assert.Contains("Pflicht", setUp.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await TwoFactorForms.EnableAsync(client);
        Assert.Equal("Konten", (await client.OpenAsync("/admin/konten")).H1);
    }

    [Fact]
    public async Task An_Administrator_without_two_factor_can_still_sign_out()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(Email, Roles.Administrator, twoFactor: false);
        var client = await SignInWithPasswordAsync(portal);

        using var signOut = await client.SubmitFormAsync("/admin/abmelden", [], formPage: "/admin/konto/zwei-faktor");

        Assert.Equal("/admin/anmelden", signOut.Headers.Location?.OriginalString);
        Assert.StartsWith("https://localhost/admin/anmelden", (await client.GetAsync("/admin")).Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Credentials(string password) => new() { ["Email"] = Email, ["Password"] = password };

    private static async Task<HttpClient> SignInWithPasswordAsync(PortalFactory portal)
    {
        var client = portal.CreateBrowser();
        using var response = await client.SubmitFormAsync("/admin/anmelden", Credentials(StaffSession.Password));
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        return client;
    }

    private static Task<List<AuditAction>> AuditedActionsAsync(PortalFactory portal) =>
        portal.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == Email).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
}
