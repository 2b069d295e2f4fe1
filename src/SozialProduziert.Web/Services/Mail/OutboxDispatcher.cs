using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Mail;

/// <summary>What one dispatcher pass did.</summary>
public sealed record DispatchResult(int Claimed, int Sent, int Retrying, int Failed);

/// <summary>
/// Delivers due outbox mails. Each mail is first claimed with a conditional update (its attempt counter must still
/// be the one this pass read), so two passes - two threads or two app instances - never send the same mail; the
/// claim also pushes the mail's next attempt past a lease, so a pass that dies mid-send is retried later. A mail is
/// marked sent right after the server accepted it. Failures back off 1, 2, 4, 8 … minutes until the last attempt.
/// </summary>
public sealed class OutboxDispatcher(AppDbContext db, IMailTransport transport, IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    /// <summary>Longer than any SMTP timeout: a claimed mail is left alone this long.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    private const string SecretBodyRemoved = "(Inhalt nach dem Versand aus Sicherheitsgründen entfernt.)";

    private MailOptions Options => options.Value;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Pow(2, Math.Clamp(attempts, 1, 16) - 1));

    /// <summary>Delivers at most one batch of due mails; the background loop calls it, tests call it directly.</summary>
    public async Task<DispatchResult> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimDueAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return new DispatchResult(0, 0, 0, 0);
        }

        int sent = 0, retrying = 0, failed = 0;
        IMailSession? session = null;
        try
        {
            for (var i = 0; i < claimed.Count; i++)
            {
                var mail = claimed[i];
                try
                {
                    session ??= await transport.OpenAsync(cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Server unreachable: every mail of this pass gets the same failed attempt instead of one timeout each.
                    logger.LogWarning(e, "Mail server {Transport} not reachable; {Count} mails wait for the next attempt", transport.Description, claimed.Count - i);
                    foreach (var waiting in claimed.Skip(i))
                    {
                        Count(await RecordFailureAsync(waiting, e, cancellationToken));
                    }

                    break;
                }

                try
                {
                    await session.SendAsync(MimeMessages.From(mail, Options, clock.GetUtcNow()), cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailure(mail, e);
                    Count(await RecordFailureAsync(mail, e, cancellationToken));
                    if (!session.IsUsable)
                    {
                        await session.DisposeAsync();
                        session = null;
                    }

                    continue;
                }

                await MarkSentAsync(mail, cancellationToken);
                sent++;
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }

        return new DispatchResult(claimed.Count, sent, retrying, failed);

        void Count(bool final)
        {
            if (final)
            {
                failed++;
            }
            else
            {
                retrying++;
            }
        }
    }

    /// <summary>The due mails this pass owns, with <see cref="OutboxMail.Attempts"/> already counting this attempt.</summary>
    private async Task<List<OutboxMail>> ClaimDueAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var due = await db.OutboxMails.AsNoTracking()
            .Where(m => m.State == OutboxMailState.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Take(Math.Max(1, Options.BatchSize))
            .ToListAsync(cancellationToken);
        var leaseEnd = now + ClaimLease;
        var claimed = new List<OutboxMail>(due.Count);
        foreach (var mail in due)
        {
            var seen = mail.Attempts;
            var won = await db.OutboxMails
                .Where(m => m.Id == mail.Id && m.State == OutboxMailState.Pending && m.Attempts == seen)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.Attempts, seen + 1).SetProperty(x => x.NextAttemptAt, leaseEnd), cancellationToken);
            if (won == 1)
            {
                mail.Attempts = seen + 1;
                claimed.Add(mail);
            }
        }

        return claimed;
    }

    private async Task MarkSentAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        var now = Now;
        var query = db.OutboxMails.Where(m => m.Id == mail.Id);

        // CancellationToken.None: the server has the mail; recording that must not be skipped by a shutdown.
        if (MailPurposes.IsSecret(mail.Purpose))
        {
            await query.ExecuteUpdateAsync(
                m => m.SetProperty(x => x.State, OutboxMailState.Sent).SetProperty(x => x.SentAt, now).SetProperty(x => x.LastError, (string?)null)
                    .SetProperty(x => x.TextBody, SecretBodyRemoved).SetProperty(x => x.HtmlBody, SecretBodyRemoved),
                CancellationToken.None);
        }
        else
        {
            await query.ExecuteUpdateAsync(
                m => m.SetProperty(x => x.State, OutboxMailState.Sent).SetProperty(x => x.SentAt, now).SetProperty(x => x.LastError, (string?)null),
                CancellationToken.None);
        }
    }

    /// <summary>Records a failed attempt; true when the mail has now failed for good.</summary>
    private async Task<bool> RecordFailureAsync(OutboxMail mail, Exception error, CancellationToken cancellationToken)
    {
        var now = Now;
        var final = IsPermanent(error) || mail.Attempts >= Options.MaxAttempts;
        var message = error.Message.Length > 1000 ? error.Message[..1000] : error.Message;
        var next = final ? now : now + Backoff(mail.Attempts);
        var state = final ? OutboxMailState.Failed : OutboxMailState.Pending;
        await db.OutboxMails
            .Where(m => m.Id == mail.Id && m.Attempts == mail.Attempts)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.State, state).SetProperty(x => x.NextAttemptAt, next).SetProperty(x => x.LastError, message), cancellationToken);
        return final;
    }

    /// <summary>A server's answer about one mail may quote the recipient's address: the log gets its codes only, never the text.</summary>
    private void LogFailure(OutboxMail mail, Exception error)
    {
        if (error is SmtpCommandException refused)
        {
            logger.LogWarning("Mail {MailId} ({Purpose}) refused by the server with {StatusCode} ({ErrorCode}), attempt {Attempt}",
                mail.Id, mail.Purpose, (int)refused.StatusCode, refused.ErrorCode, mail.Attempts);
        }
        else
        {
            logger.LogWarning(error, "Mail {MailId} ({Purpose}) not delivered, attempt {Attempt}", mail.Id, mail.Purpose, mail.Attempts);
        }
    }

    /// <summary>
    /// A 5xx answer about this very mail (unknown mailbox, refused content) will not change by waiting. A refused
    /// sender or sign-in is a configuration matter instead and keeps being retried until someone fixes it.
    /// </summary>
    private static bool IsPermanent(Exception error) =>
        error is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted, StatusCode: >= (SmtpStatusCode)500 };
}
