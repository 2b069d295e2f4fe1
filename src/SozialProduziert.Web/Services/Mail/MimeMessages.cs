using MimeKit;
using SozialProduziert.Web.Domain;

namespace SozialProduziert.Web.Services.Mail;

/// <summary>Turns an outbox row into the MIME message that goes out: plain text plus HTML, in UTF-8.</summary>
public static class MimeMessages
{
    public static MimeMessage From(OutboxMail mail, MailOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(options);
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = now,

            // Stable per outbox row: should a crash after the server's acceptance cause a second delivery, receiving
            // systems that de-duplicate by Message-Id still show it once.
            MessageId = $"outbox-{mail.Id}-{mail.CreatedAt.Ticks}@{Domain(options.SenderAddress)}",
        };
        message.From.Add(new MailboxAddress(options.SenderName, options.SenderAddress));
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.ToAddress));

        // The sender is a no-reply address; people who answer a confirmation reach the team.
        if (!string.IsNullOrWhiteSpace(options.StaffAddress) && !string.Equals(mail.ToAddress, options.StaffAddress, StringComparison.OrdinalIgnoreCase))
        {
            message.ReplyTo.Add(new MailboxAddress("Team Soziale Produktion", options.StaffAddress));
        }

        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }

    private static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "sozialproduziert.local";
    }
}
