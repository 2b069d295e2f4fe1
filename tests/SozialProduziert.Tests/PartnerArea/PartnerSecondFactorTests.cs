using System.Net;
using Microsoft.EntityFrameworkCore;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>
/// The partner sign-in's code step takes an app code or a recovery code in one field: a wrong code is refused and
/// audited, a wrong recovery code counts towards the lockout like a wrong password, a recovery code works once, and
/// five wrong codes lock the account even against the right one.
/// </summary>
public class PartnerSecondFactorTests
{
    private const string Email = "zweifach@alphafenster.example";

    [Fact]
    public async Task Wrong_codes_are_refused_and_counted_and_a_recovery_code_signs_in_once()
    {
        await using var portal = new PortalFactory();
        var codes = await EnableTwoFactorAsync(portal);

        var browser = await PasswordStepAsync(portal);
        var appCode = await portal.AuthenticatorCodeAsync(Email);
        using var wrongAppCode = await browser.SubmitFormAsync("/mein-bereich/anmelden/zwei-faktor", new() { ["Code"] = Authenticator.WrongCode(appCode) });
        using var wrongRecoveryCode = await browser.SubmitFormAsync("/mein-bereich/anmelden/zwei-faktor", new() { ["Code"] = "AAAAA-BBBBB" });
        using var recovered = await browser.SubmitFormAsync("/mein-bereich/anmelden/zwei-faktor", new() { ["Code"] = codes[0].ToLowerInvariant() });

        var refused = await wrongAppCode.Content.ReadAsStringAsync();
        Assert.Contains("Der Code stimmt nicht.", refused, StringComparison.Ordinal);
        Assert.Equal("", HtmlPage.From(refused).Document.QuerySelector("#Code")?.GetAttribute("value"));
        Assert.Contains("Der Code stimmt nicht.", await wrongRecoveryCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/mein-bereich", recovered.Headers.Location?.OriginalString);
        Assert.Equal(2, await AuditedAsync(portal, AuditAction.SignInFailed, "Partnerbereich, falscher Code"));
        Assert.Equal(1, await AuditedAsync(portal, AuditAction.SignInSucceeded, "Partnerbereich, mit Wiederherstellungscode"));

        var again = await PasswordStepAsync(portal);
        using var reused = await again.SubmitFormAsync("/mein-bereich/anmelden/zwei-faktor", new() { ["Code"] = codes[0] });
        Assert.Contains("Der Code stimmt nicht.", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/mein-bereich")).StatusCode);
        Assert.Equal(3, await AuditedAsync(portal, AuditAction.SignInFailed, "Partnerbereich, falscher Code"));
    }

    [Fact]
    public async Task Five_wrong_recovery_codes_lock_the_account_even_against_the_right_app_code()
    {
        await using var portal = new PortalFactory();
        await EnableTwoFactorAsync(portal);

        var browser = await PasswordStepAsync(portal);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var wrong = await browser.SubmitFormAsync("/mein-bereich/anmelden/zwei-faktor", new() { ["Code"] = $"AAAAA-BBBB{attempt}" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await browser.SubmitFormAsync("/mein-bereich/anmelden/zwei-faktor", new() { ["Code"] = await portal.AuthenticatorCodeAsync(Email) });

        Assert.Contains("vorübergehend gesperrt", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/mein-bereich")).StatusCode);
        Assert.True(await AuditedAsync(portal, AuditAction.LockedOut, "Partnerbereich, falscher Code") >= 1);
    }

    /// <summary>Signs the partner in, switches two-factor sign-in on under "Sicherheit"; the recovery codes shown once.</summary>
    private static async Task<IReadOnlyList<string>> EnableTwoFactorAsync(PortalFactory portal)
    {
        var firms = await TwoFirms.CreateAsync(portal);
        var firm = await portal.SignInAsPartnerAsync(firms.AlphaId, Email);
        await firm.OpenAsync("/mein-bereich/sicherheit");
        using var enabled = await firm.SubmitFormAsync("/mein-bereich/sicherheit", new() { ["Input.Code"] = await portal.AuthenticatorCodeAsync(Email) });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var page = HtmlPage.From(await enabled.Content.ReadAsStringAsync()).Document;
        var codes = page.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        return codes;
    }

    private static async Task<HttpClient> PasswordStepAsync(PortalFactory portal)
    {
        var browser = portal.CreateBrowser();
        using var password = await browser.SubmitFormAsync("/mein-bereich/anmelden", new() { ["Email"] = Email, ["Password"] = StaffSession.Password });
        Assert.StartsWith("/mein-bereich/anmelden/zwei-faktor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return browser;
    }

    private static Task<int> AuditedAsync(PortalFactory portal, AuditAction action, string details) =>
        portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == action && a.Details == details));
}
