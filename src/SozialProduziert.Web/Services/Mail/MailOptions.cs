namespace SozialProduziert.Web.Services.Mail;

/// <summary>Section "Mail": how outbox mails leave the portal, and where staff notifications go.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>SMTP server; empty means mails are written to <see cref="PickupFolder"/> instead.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public MailTlsMode Tls { get; set; } = MailTlsMode.StartTls;

    public string? UserName { get; set; }

    /// <summary>Never in the repository: user secrets on a developer machine, an environment variable in production.</summary>
    public string? Password { get; set; }

    public string SenderAddress { get; set; } = "noreply@sozialproduziert.example";

    public string SenderName { get; set; } = "sozialproduziert – Soziale Produktion NÖ";

    /// <summary>Where .eml files go in Development or without an SMTP host; relative paths are under the content root.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail-pickup";

    /// <summary>KOMUNITAS's address for notifications about new inquiries and needs; empty sends none.</summary>
    public string? StaffAddress { get; set; } = "sopro@komunitas.example";

    /// <summary>Mails per dispatcher pass; small, so one slow server does not hold many mails claimed.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Attempts before a mail is marked failed; with the back-off of 1, 2, 4 … minutes, 8 attempts span about two hours.</summary>
    public int MaxAttempts { get; set; } = 8;

    public int PollSeconds { get; set; } = 15;

    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Whether the background loop delivers mails. Unset means on, except in the "Testing" environment, where tests
    /// deliver with <see cref="OutboxDispatcher.DeliverDueAsync"/> themselves at the moment they choose.
    /// </summary>
    public bool? DispatchInBackground { get; set; }
}

public enum MailTlsMode
{
    None = 0,
    StartTls = 1,
    SslOnConnect = 2,
}
