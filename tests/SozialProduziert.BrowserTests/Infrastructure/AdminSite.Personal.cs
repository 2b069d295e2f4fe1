using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SozialProduziert.Tests.Admin;
using SozialProduziert.Tests.Builders;
using SozialProduziert.Tests.Inquiries;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Tests.PartnerArea;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Mail;
using SozialProduziert.Web.Services.PartnerArea;

namespace SozialProduziert.BrowserTests.Infrastructure;

/// <summary>
/// What the personal pages need, made through the real services and forms: partner accounts of the demo firm with
/// the most impact figures (one with two-factor sign-in), which asked for changes to its showcase; an open
/// invitation; a closed need whose requester answered the follow-up; a staff password-reset link from the outbox.
/// </summary>
public sealed partial class AdminSite
{
    public const string PartnerEmail = "kontakt@firma.example";
    public const string PartnerTwoFactorEmail = "geschaeftsfuehrung@firma.example";
    public const string ResetEmail = "vergesslich@komunitas.example";
    public const string InquiryStaffEmail = "anfragen@komunitas.example";

    /// <summary>The partner account's cookies: its authenticator key exists before it signs in, so opening the set-up page never renews the security stamp.</summary>
    public string PartnerState { get; private set; } = "";

    private async Task PreparePersonalAsync()
    {
        var portal = Site.Portal;
        var figure = await portal.WithDbAsync(db => db.ImpactFigures.Where(f => f.ExampleId != null)
            .GroupBy(f => new { f.PartnerId, f.Year })
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.PartnerId)
            .Select(g => new { g.Key.PartnerId, g.Key.Year, Id = g.Min(f => f.Id) })
            .FirstAsync());
        var figureExample = await portal.WithDbAsync(db => db.ImpactFigures.Where(f => f.Id == figure.Id).Select(f => f.ExampleId!.Value).FirstAsync());
        Ids["reportPartner"] = $"{figure.PartnerId}";
        Ids["reportYear"] = $"{figure.Year}";
        Ids["figure"] = $"{figure.Id}";
        Ids["figureExample"] = $"{figureExample}";

        await portal.CreatePartnerAccountAsync(figure.PartnerId, PartnerEmail);
        await portal.CreatePartnerAccountAsync(figure.PartnerId, PartnerTwoFactorEmail);
        await WithUsersAsync(async users =>
        {
            await users.ResetAuthenticatorKeyAsync((await users.FindByEmailAsync(PartnerEmail))!);
            var twoFactor = (await users.FindByEmailAsync(PartnerTwoFactorEmail))!;
            await users.ResetAuthenticatorKeyAsync(twoFactor);
            await users.SetTwoFactorEnabledAsync(twoFactor, true);
        });
        PartnerState = await PartnerSignedInStateAsync(_suite, Site, PartnerEmail);

        // The firm asks for changes to its showcase, so the staff access page shows the open request and the form for
        // recording a written approval.
        using (var firm = Site.CreateBrowser())
        {
            using var signIn = await firm.SubmitFormAsync("/mein-bereich/anmelden", new() { ["Email"] = PartnerTwoFactorEmail, ["Password"] = StaffSession.Password });
            if (signIn.Headers.Location?.OriginalString.Contains("zwei-faktor", StringComparison.Ordinal) == true)
            {
                using var code = await firm.SubmitFormAsync("/mein-bereich/anmelden/zwei-faktor", new() { ["Code"] = await portal.AuthenticatorCodeAsync(PartnerTwoFactorEmail) });
            }

            using var changes = await PartnerForms.RequestChangesAsFirmAsync(firm, "Bitte das neue Logo verwenden und die Öffnungszeiten ergänzen.");
            Assert.Equal(System.Net.HttpStatusCode.Redirect, changes.StatusCode);
        }

        Ids["invitation"] = await InviteAsync(figure.PartnerId);

        Ids["closedInquiry"] = $"{await ClosedInquiryAsync()}";

        await portal.CreateStaffAsync(ResetEmail, Roles.Editor);
        using var visitor = Site.CreateBrowser();
        using var forgot = await visitor.SubmitFormAsync("/admin/passwort-vergessen", new() { ["Email"] = ResetEmail });
        var resetMail = await portal.WithDbAsync(db => db.OutboxMails.Where(m => m.Purpose == MailPurposes.PasswordReset && m.ToAddress == ResetEmail).Select(m => m.TextBody).FirstAsync());
        Ids["reset"] = ResetLink().Match(resetMail).Value;
    }

    /// <summary>A need sent through the real form, closed by staff and answered through its follow-up link: an order of 2.500 €.</summary>
    private async Task<int> ClosedInquiryAsync()
    {
        var portal = Site.Portal;
        const string email = "einkauf@gemeinde-melk.example";
        var fields = InquiryForms.Need(ReferenceData.DistrictId("Melk"), email);
        fields["Deadline"] = "";
        using (var visitor = Site.CreateBrowser())
        {
            using var sent = await visitor.SubmitFormAsync("/bedarf", fields);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, sent.StatusCode);
        }

        var id = await portal.WithDbAsync(db => db.Inquiries.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());
        await portal.CreateStaffAsync(InquiryStaffEmail, Roles.Editor);
        using var staff = Site.CreateBrowser();
        await staff.SignInAsync(portal, InquiryStaffEmail);
        using var brokering = await staff.MoveAsync(id, "neu", "in-vermittlung");
        using var closed = await staff.MoveAsync(id, "in-vermittlung", "abgeschlossen");

        var token = await portal.FollowUpTokenAsync();
        using var requester = Site.CreateBrowser();
        using var answer = await requester.SubmitFormAsync($"/rueckmeldung?code={token}", new() { ["Outcome"] = "ja", ["Value"] = "2.500" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, answer.StatusCode);
        return id;
    }

    private async Task<string> InviteAsync(int partnerId)
    {
        await using var scope = Site.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var partner = await db.Partners.SingleAsync(p => p.Id == partnerId);
        return await scope.ServiceProvider.GetRequiredService<PartnerInvitations>()
            .InviteAsync(partner, "einkauf@firma.example", "Neue Kontaktperson", Site.BaseUrl, CancellationToken.None);
    }

    private async Task WithUsersAsync(Func<UserManager<PortalUser>, Task> action)
    {
        await using var scope = Site.Portal.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>());
    }

    private static async Task<string> PartnerSignedInStateAsync(BrowserSuite suite, LiveSite site, string email)
    {
        await using var tab = await suite.OpenTabAsync(site);
        await tab.GotoOkAsync("/mein-bereich/anmelden");
        await tab.Page.GetByLabel("E-Mail-Adresse").FillAsync(email);
        await tab.Page.GetByLabel("Passwort").FillAsync(StaffSession.Password);
        await tab.Page.Locator("main").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        Assert.EndsWith("/mein-bereich", tab.Page.Url, StringComparison.Ordinal);
        return await tab.Context.StorageStateAsync();
    }

    [GeneratedRegex(@"/admin/passwort-zuruecksetzen\?konto=[^\s""<>]+")]
    private static partial Regex ResetLink();
}
