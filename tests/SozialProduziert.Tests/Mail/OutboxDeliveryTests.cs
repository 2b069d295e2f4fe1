using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Tests.Mail;

/// <summary>The outbox against a real SMTP server on loopback: retries with back-off while it is down, exactly once when it is up.</summary>
public class OutboxDeliveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task While_the_server_is_down_attempts_are_counted_and_the_next_one_moves_back_1_2_4_minutes()
    {
        var clock = new FakeTimeProvider(Start);
        await using var portal = new PortalFactory { Clock = clock };
        var options = OutboxKit.SmtpOn(SmtpTestServer.FreePort());
        var id = await portal.EnqueueAsync("maria.berger@beispiel.at");

        var first = await portal.DeliverAsync(options);
        var afterFirst = await portal.MailAsync(id);
        var tooEarly = await portal.DeliverAsync(options);
        clock.Advance(TimeSpan.FromMinutes(1));
        await portal.DeliverAsync(options);
        var afterSecond = await portal.MailAsync(id);
        clock.Advance(TimeSpan.FromMinutes(2));
        await portal.DeliverAsync(options);
        var afterThird = await portal.MailAsync(id);

        Assert.Equal(new DispatchResult(1, 0, 1, 0), first);
        Assert.Equal((OutboxMailState.Pending, 1, Start.UtcDateTime.AddMinutes(1)), (afterFirst.State, afterFirst.Attempts, afterFirst.NextAttemptAt));
        Assert.False(string.IsNullOrEmpty(afterFirst.LastError));
        Assert.Equal(0, tooEarly.Claimed);
        Assert.Equal((2, Start.UtcDateTime.AddMinutes(1 + 2)), (afterSecond.Attempts, afterSecond.NextAttemptAt));
        Assert.Equal((3, Start.UtcDateTime.AddMinutes(1 + 2 + 4)), (afterThird.Attempts, afterThird.NextAttemptAt));
    }

    [Fact]
    public async Task After_the_last_attempt_the_mail_is_marked_failed_with_the_error()
    {
        var clock = new FakeTimeProvider(Start);
        await using var portal = new PortalFactory { Clock = clock };
        var options = OutboxKit.SmtpOn(SmtpTestServer.FreePort(), maxAttempts: 3);
        var id = await portal.EnqueueAsync("maria.berger@beispiel.at");

        for (var pass = 0; pass < 6; pass++)
        {
            await portal.DeliverAsync(options);
            clock.Advance(TimeSpan.FromHours(1));
        }

        var mail = await portal.MailAsync(id);
        Assert.Equal((OutboxMailState.Failed, 3, (DateTime?)null), (mail.State, mail.Attempts, mail.SentAt));
        Assert.False(string.IsNullOrEmpty(mail.LastError));
    }

    [Fact]
    public async Task A_mail_waiting_while_the_server_was_down_is_delivered_once_it_is_up()
    {
        var clock = new FakeTimeProvider(Start);
        await using var portal = new PortalFactory { Clock = clock };
        var port = SmtpTestServer.FreePort();
        var options = OutboxKit.SmtpOn(port);
        var id = await portal.EnqueueAsync("maria.berger@beispiel.at", "Ihre Anfrage ist eingelangt");
        await portal.DeliverAsync(options);

        await using var server = await SmtpTestServer.StartAsync(port);
        var notYetDue = await portal.DeliverAsync(options);
        clock.Advance(TimeSpan.FromMinutes(1));
        var delivered = await portal.DeliverAsync(options);
        var again = await portal.DeliverAsync(options);

        Assert.Equal(0, notYetDue.Claimed);
        Assert.Equal(new DispatchResult(1, 1, 0, 0), delivered);
        Assert.Equal(0, again.Claimed);
        var message = Assert.Single(server.Messages);
        Assert.Equal("Ihre Anfrage ist eingelangt", message.Subject);
        Assert.Equal("maria.berger@beispiel.at", message.To.Mailboxes.Single().Address);
        Assert.Equal("sopro@komunitas.example", message.ReplyTo.Mailboxes.Single().Address);
        Assert.Contains("Ein Test.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p style=\"line-height:1.5;\">Ein Test.</p>", message.HtmlBody, StringComparison.Ordinal);
        var mail = await portal.MailAsync(id);
        Assert.Equal((OutboxMailState.Sent, 2, (DateTime?)Start.UtcDateTime.AddMinutes(1), (string?)null), (mail.State, mail.Attempts, mail.SentAt, mail.LastError));
    }

    [Fact]
    public async Task Concurrent_dispatcher_passes_deliver_every_mail_exactly_once()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(Start) };
        await using var server = await SmtpTestServer.StartAsync();
        var options = OutboxKit.SmtpOn(server.Port);
        for (var i = 1; i <= 30; i++)
        {
            await portal.EnqueueAsync($"person{i}@beispiel.at", $"Nachricht {i}");
        }

        // Four passes at once, twice: like two app instances whose timers fire together.
        var results = new List<DispatchResult>();
        for (var round = 0; round < 2; round++)
        {
            results.AddRange(await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => portal.DeliverAsync(options)))));
        }

        Assert.Equal(30, results.Sum(r => r.Sent));
        Assert.Equal(30, results.Sum(r => r.Claimed));
        Assert.Equal(30, server.Messages.Count);
        Assert.Equal(30, server.Messages.Select(m => m.Subject).Distinct().Count());
        Assert.Equal(30, server.Messages.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(30, await portal.WithDbAsync(db => db.OutboxMails.CountAsync(m => m.State == OutboxMailState.Sent && m.Attempts == 1)));
    }

    [Fact]
    public async Task A_refused_recipient_fails_at_once_while_other_mails_of_the_batch_go_out()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(Start) };
        await using var server = await SmtpTestServer.StartAsync(acceptsRecipient: address => !address.StartsWith("gibt-es-nicht", StringComparison.Ordinal));
        var options = OutboxKit.SmtpOn(server.Port);
        var refused = await portal.EnqueueAsync("gibt-es-nicht@beispiel.at");
        var fine = await portal.EnqueueAsync("maria.berger@beispiel.at");

        var result = await portal.DeliverAsync(options);

        Assert.Equal(new DispatchResult(2, 1, 0, 1), result);
        Assert.Equal(OutboxMailState.Failed, (await portal.MailAsync(refused)).State);
        Assert.Equal(OutboxMailState.Sent, (await portal.MailAsync(fine)).State);
        Assert.Equal("maria.berger@beispiel.at", Assert.Single(server.Messages).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task The_body_of_a_password_reset_mail_leaves_the_outbox_once_the_server_has_it()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(Start) };
        await using var server = await SmtpTestServer.StartAsync();
        var id = await portal.EnqueueAsync("redaktion@komunitas.example", "Passwort zurücksetzen", MailPurposes.PasswordReset);

        await portal.DeliverAsync(OutboxKit.SmtpOn(server.Port));

        var mail = await portal.MailAsync(id);
        Assert.Contains("Ein Test.", Assert.Single(server.Messages).TextBody, StringComparison.Ordinal);
        Assert.Equal(OutboxMailState.Sent, mail.State);
        Assert.DoesNotContain("Ein Test.", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Ein Test.", mail.HtmlBody, StringComparison.Ordinal);
    }
}
