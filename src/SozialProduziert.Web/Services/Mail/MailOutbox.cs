using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Mail;

/// <summary>
/// Puts mails into the outbox table. It only adds them to the context: the caller's SaveChanges stores the
/// mail together with the change that caused it, so a mail exists exactly when its cause was stored.
/// </summary>
public sealed class MailOutbox(AppDbContext db, TimeProvider clock)
{
    public OutboxMail Enqueue(OutgoingMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new OutboxMail
        {
            ToAddress = mail.ToAddress,
            ToName = mail.ToName,
            Subject = mail.Subject,
            TextBody = mail.TextBody,
            HtmlBody = mail.HtmlBody,
            Purpose = mail.Purpose,
            State = OutboxMailState.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMails.Add(entry);
        return entry;
    }
}
