using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Tests.Mail;

/// <summary>/admin/post: staff see what waits, failed and went out; Administrators resend failed mails.</summary>
public class OutboxAdminTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_Administrator_resends_a_failed_mail_and_the_next_pass_delivers_it_once()
    {
        var clock = new FakeTimeProvider(Start);
        await using var portal = new PortalFactory { Clock = clock };
        var id = await portal.EnqueueAsync("maria.berger@beispiel.at", "Ihre Anfrage ist eingelangt", MailPurposes.InquiryConfirmation);
        await portal.DeliverAsync(OutboxKit.SmtpOn(SmtpTestServer.FreePort(), maxAttempts: 1));
        Assert.Equal(OutboxMailState.Failed, (await portal.MailAsync(id)).State);
        var admin = await portal.SignInAsStaffAsync(Roles.Administrator);

        var list = await admin.OpenAsync("/admin/post?status=fehlgeschlagen");
        using var resent = await admin.SubmitFormAsync($"/admin/post/{id}/erneut-senden", [], "/admin/post?status=fehlgeschlagen");
        using var twice = await admin.SubmitFormAsync($"/admin/post/{id}/erneut-senden", [], $"/admin/post/{id}");
        await using var server = await SmtpTestServer.StartAsync();
        var delivered = await portal.DeliverAsync(OutboxKit.SmtpOn(server.Port));

        var row = Assert.Single(list.Document.QuerySelectorAll("main tbody tr"));
        Assert.Contains("Bestätigung einer Anfrage", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Letzter Fehler", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"form[action='/admin/post/{id}/erneut-senden']"));
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(1, delivered.Sent);
        Assert.Single(server.Messages);
        Assert.Equal(OutboxMailState.Sent, (await portal.MailAsync(id)).State);
        Assert.Equal(1, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.MailResent && a.ContentId == id)));
    }

    [Fact]
    public async Task Redaktion_reads_the_list_but_neither_opens_mails_nor_resends()
    {
        var clock = new FakeTimeProvider(Start);
        await using var portal = new PortalFactory { Clock = clock };
        var id = await portal.EnqueueAsync("maria.berger@beispiel.at");
        await portal.DeliverAsync(OutboxKit.SmtpOn(SmtpTestServer.FreePort(), maxAttempts: 1));
        var editor = await portal.SignInAsStaffAsync(Roles.Editor);

        var list = await editor.OpenAsync("/admin/post");
        using var detail = await editor.GetAsync($"/admin/post/{id}");
        using var resend = await editor.SubmitFormAsync($"/admin/post/{id}/erneut-senden", [], "/admin/post");

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains("maria.berger@beispiel.at", list.Document.QuerySelector("main tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.Document.QuerySelector("main form[action*='erneut-senden']"));
        Assert.Null(list.Document.QuerySelector($"main a[href='/admin/post/{id}']"));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (detail.StatusCode, resend.StatusCode));
        Assert.Equal(OutboxMailState.Failed, (await portal.MailAsync(id)).State);
    }

    [Fact]
    public async Task The_detail_shows_the_text_of_a_mail_but_never_a_password_reset_link()
    {
        await using var portal = new PortalFactory();
        var ordinary = await portal.EnqueueAsync("maria.berger@beispiel.at", "Ihre Anfrage");
        var secret = await portal.EnqueueAsync("redaktion@komunitas.example", "Passwort zurücksetzen", MailPurposes.PasswordReset);
        var admin = await portal.SignInAsStaffAsync(Roles.Administrator);

        var shown = await admin.OpenAsync($"/admin/post/{ordinary}");
        var hidden = await admin.OpenAsync($"/admin/post/{secret}");

        Assert.Contains("Ein Test.", shown.Document.QuerySelector(".mail-text")!.TextContent, StringComparison.Ordinal);
        Assert.Null(hidden.Document.QuerySelector(".mail-text"));
        Assert.DoesNotContain("Ein Test.", hidden.Html, StringComparison.Ordinal);
    }
}
