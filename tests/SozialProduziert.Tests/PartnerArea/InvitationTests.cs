using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Domain.PartnerArea;

namespace SozialProduziert.Tests.PartnerArea;

/// <summary>Invitation links: sent through the outbox, stored only as a hash, usable once and for seven days.</summary>
public partial class InvitationTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_invited_contact_sets_a_password_is_signed_in_and_the_link_then_no_longer_works()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var link = await InviteAsync(portal, firms.AlphaId, "eva.huber@alphafenster.example");
        var contact = portal.CreateBrowser();
        var hash = await portal.WithDbAsync(db => db.PartnerInvitations.Select(i => i.TokenHash).SingleAsync());

        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(hash, link, StringComparison.Ordinal);
        Assert.Equal(0, await portal.WithDbAsync(db => db.PartnerInvitations.CountAsync(i => link.Contains(i.TokenHash))));
        Assert.Equal(HttpStatusCode.OK, (await contact.OpenAsync(link)).Status);

        using var tooShort = await contact.SubmitFormAsync(link, new() { ["Input.Password"] = "kurz", ["Input.ConfirmPassword"] = "kurz" });
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        Assert.Contains("mindestens 12 Zeichen", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var accepted = await contact.SubmitFormAsync(link, new() { ["Input.Password"] = StaffSession.Password, ["Input.ConfirmPassword"] = StaffSession.Password });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains(TwoFirms.AlphaMarker, (await contact.OpenAsync("/mein-bereich")).H1, StringComparison.Ordinal);

        var again = await portal.CreateBrowser().OpenAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Contains("gilt nicht mehr", again.H1, StringComparison.Ordinal);
        Assert.Equal(firms.AlphaId, await portal.WithDbAsync(db => db.PartnerMembers.Select(m => m.PartnerId).SingleAsync()));
    }

    [Fact]
    public async Task A_link_works_for_seven_days_and_not_a_minute_longer()
    {
        var clock = new FakeTimeProvider(Start);
        await using var portal = new PortalFactory { Clock = clock };
        var firms = await TwoFirms.CreateAsync(portal);
        var link = await InviteAsync(portal, firms.AlphaId, "spaet@alphafenster.example");

        clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await portal.CreateBrowser().OpenAsync(link)).Status);

        clock.Advance(TimeSpan.FromMinutes(2));
        var contact = portal.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await contact.OpenAsync(link)).Status);
        Assert.Equal(0, await portal.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "spaet@alphafenster.example")));
    }

    [Fact]
    public async Task A_withdrawn_invitation_link_no_longer_works()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        var link = await InviteAsync(portal, firms.AlphaId, "zurueck@alphafenster.example");
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        var id = await portal.WithDbAsync(db => db.PartnerInvitations.Select(i => i.Id).SingleAsync());

        using var revoked = await staff.SubmitFormAsync($"/admin/partner/{firms.AlphaId}/zugang/einladung/{id}/zurueckziehen", [], formPage: $"/admin/partner/{firms.AlphaId}/zugang");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.CreateBrowser().OpenAsync(link)).Status);
    }

    [Fact]
    public async Task A_partner_can_switch_on_two_factor_sign_in_and_then_needs_the_code()
    {
        await using var portal = new PortalFactory();
        var firms = await TwoFirms.CreateAsync(portal);
        const string email = "sicher@alphafenster.example";
        var firm = await portal.SignInAsPartnerAsync(firms.AlphaId, email);
        await firm.OpenAsync("/mein-bereich/sicherheit");

        using var enabled = await firm.SubmitFormAsync("/mein-bereich/sicherheit", new() { ["Input.Code"] = await portal.AuthenticatorCodeAsync(email) });
        var browser = portal.CreateBrowser();
        using var password = await browser.SubmitFormAsync("/mein-bereich/anmelden", new() { ["Email"] = email, ["Password"] = StaffSession.Password });
        using var code = await browser.SubmitFormAsync("/mein-bereich/anmelden/zwei-faktor", new() { ["Code"] = await portal.AuthenticatorCodeAsync(email) });

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("Wiederherstellungscodes", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("/mein-bereich/anmelden/zwei-faktor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("/mein-bereich", code.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.OpenAsync("/mein-bereich")).Status);
    }

    /// <summary>Staff send the invitation through the admin form; the link is read from the mail in the outbox.</summary>
    private static async Task<string> InviteAsync(PortalFactory portal, int partnerId, string email)
    {
        var staff = await portal.SignInAsStaffAsync(Roles.Editor);
        using var response = await staff.SubmitFormAsync($"/admin/partner/{partnerId}/zugang/einladen",
            new() { ["Invite.Name"] = "Eva Huber", ["Invite.Email"] = email }, formPage: $"/admin/partner/{partnerId}/zugang");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = await portal.WithDbAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.ToAddress == email));
        Assert.Equal("partner-invitation", mail.Purpose);
        var link = InvitationLink().Match(mail.TextBody);
        Assert.True(link.Success, mail.TextBody);
        Assert.Contains(link.Value, mail.HtmlBody, StringComparison.Ordinal);
        return new Uri(link.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+/mein-bereich/einladung/[A-Za-z0-9_-]+")]
    private static partial Regex InvitationLink();
}
