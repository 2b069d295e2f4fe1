namespace SozialProduziert.Web.Domain;

/// <summary>
/// One e-mail in the outbox. Mails are written in the same transaction as the change that causes them
/// and delivered later, so none is lost while the SMTP server is down.
/// </summary>
public class OutboxMail
{
    public long Id { get; set; }

    public string ToAddress { get; set; } = "";

    public string? ToName { get; set; }

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    /// <summary>What the mail is for, e.g. "registration-confirmation"; shown to staff, never personal.</summary>
    public string Purpose { get; set; } = "";

    public OutboxMailState State { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }
}

public enum OutboxMailState
{
    Pending = 0,
    Sent = 1,

    /// <summary>Gave up after the last retry; staff can resend it.</summary>
    Failed = 2,
}
