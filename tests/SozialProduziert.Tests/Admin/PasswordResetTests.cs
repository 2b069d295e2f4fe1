using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Tests.Admin;

/// <summary>"Passwort vergessen?": a link by mail through the outbox, the same answer for every address, a single-use reset.</summary>
public partial class PasswordResetTests
{
    private const string Email = "redaktion@komunitas.example";
    private const string NewPassword = "ein ganz neuer Passwortsatz";

    [Fact]
    public async Task The_mailed_link_sets_a_new_password_once_and_the_old_one_stops_working()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(Email, Roles.Editor);
        var browser = portal.CreateBrowser();

        var signIn = await browser.OpenAsync("/admin/anmelden");
        using var requested = await browser.SubmitFormAsync("/admin/passwort-vergessen", new() { ["Email"] = Email });
        var link = await ResetLinkAsync(portal);
        var form = await browser.OpenAsync(link);
        using var reset = await browser.SubmitFormAsync("/admin/passwort-zuruecksetzen", FormFields(form, NewPassword, NewPassword), link);
        var reused = await browser.OpenAsync(link);

        Assert.NotNull(signIn.Document.QuerySelector("a[href='/admin/passwort-vergessen']"));
        Assert.Equal("/admin/passwort-vergessen/gesendet", requested.Headers.Location?.OriginalString);
        Assert.Equal("Neues Passwort festlegen", form.H1);
        Assert.Equal("/admin/anmelden", reset.Headers.Location?.OriginalString);
        Assert.Equal("Dieser Link gilt nicht mehr", reused.H1);

        await portal.CreateBrowser().SignInAsync(portal, Email, NewPassword);
        using var oldPassword = await portal.CreateBrowser().SubmitFormAsync("/admin/anmelden", new() { ["Email"] = Email, ["Password"] = StaffSession.Password });
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        var audited = await portal.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == Email).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.PasswordResetRequested, AuditAction.PasswordReset], audited.Where(a => a is AuditAction.PasswordResetRequested or AuditAction.PasswordReset));
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(Email, Roles.Editor);
        var browser = portal.CreateBrowser();

        using var unknown = await browser.SubmitFormAsync("/admin/passwort-vergessen", new() { ["Email"] = "niemand@komunitas.example" });
        using var known = await browser.SubmitFormAsync("/admin/passwort-vergessen", new() { ["Email"] = Email });

        Assert.Equal((unknown.StatusCode, unknown.Headers.Location), (known.StatusCode, known.Headers.Location));
        Assert.Equal([Email], await portal.WithDbAsync(db => db.OutboxMails.Select(m => m.ToAddress).ToListAsync()));
    }

    [Fact]
    public async Task An_address_gets_at_most_three_links_in_15_minutes()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(Email, Roles.Editor);
        var browser = portal.CreateBrowser();

        for (var i = 0; i < 5; i++)
        {
            using var response = await browser.SubmitFormAsync("/admin/passwort-vergessen", new() { ["Email"] = Email });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal(3, await portal.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.Purpose == MailPurposes.PasswordReset)));
    }

    [Fact]
    public async Task A_too_short_or_mistyped_password_is_refused_in_German_and_a_tampered_link_is_invalid()
    {
        await using var portal = new PortalFactory();
        await portal.CreateStaffAsync(Email, Roles.Editor);
        var browser = portal.CreateBrowser();
        await browser.SubmitFormAsync("/admin/passwort-vergessen", new() { ["Email"] = Email });
        var link = await ResetLinkAsync(portal);
        var form = await browser.OpenAsync(link);

        using var tooShort = await browser.SubmitFormAsync("/admin/passwort-zuruecksetzen", FormFields(form, "zu kurz", "zu kurz"), link);
        using var mismatch = await browser.SubmitFormAsync("/admin/passwort-zuruecksetzen", FormFields(form, NewPassword, NewPassword + "!"), link);
        var tampered = await browser.OpenAsync(link[..^4] + "AAAA");
        var tamperedPost = FormFields(form, NewPassword, NewPassword);
        tamperedPost["Code"] = tamperedPost["Code"][..^4] + "AAAA";
        using var tamperedAnswer = await browser.SubmitFormAsync("/admin/passwort-zuruecksetzen", tamperedPost, link);

        Assert.Contains("Das neue Passwort muss mindestens 12 Zeichen lang sein.", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Die beiden Eingaben des neuen Passworts stimmen nicht überein.", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Dieser Link gilt nicht mehr", tampered.H1);
        Assert.Contains("Dieser Link gilt nicht mehr", await tamperedAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await portal.CreateBrowser().SignInAsync(portal, Email);
    }

    private static Dictionary<string, string> FormFields(HtmlPage form, string password, string confirmation) => new()
    {
        ["UserId"] = form.Document.QuerySelector("input[name=UserId]")!.GetAttribute("value")!,
        ["Code"] = form.Document.QuerySelector("input[name=Code]")!.GetAttribute("value")!,
        ["NewPassword"] = password,
        ["ConfirmPassword"] = confirmation,
    };

    /// <summary>The path and query of the link in the newest reset mail, as the person would click it.</summary>
    private static async Task<string> ResetLinkAsync(PortalFactory portal)
    {
        var body = await portal.WithDbAsync(db => db.OutboxMails.Where(m => m.Purpose == MailPurposes.PasswordReset).OrderByDescending(m => m.Id).Select(m => m.TextBody).FirstAsync());
        return ResetLink().Match(body).Value;
    }

    [GeneratedRegex(@"/admin/passwort-zuruecksetzen\?konto=[^\s]+")]
    private static partial Regex ResetLink();
}
