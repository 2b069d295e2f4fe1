using MimeKit;

namespace SozialProduziert.Web.Services.Mail;

/// <summary>Where mails go: an SMTP server, or a pickup folder in Development and without a configured server.</summary>
public interface IMailTransport
{
    /// <summary>Human-readable target for logs and the staff page, e.g. "SMTP mail.example.at:587".</summary>
    string Description { get; }

    /// <summary>Opens a session (for SMTP: connected and signed in); dispose it to close the connection.</summary>
    Task<IMailSession> OpenAsync(CancellationToken cancellationToken);
}

public interface IMailSession : IAsyncDisposable
{
    /// <summary>False after a connection-level failure: the next mail needs a new session.</summary>
    bool IsUsable { get; }

    /// <summary>Returns once the server accepted the message (or the file is written).</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public static class MailTransports
{
    /// <summary>
    /// Development never talks to a real SMTP server, so a developer cannot mail real people by accident;
    /// elsewhere the pickup folder is used only while no host is configured.
    /// </summary>
    public static bool UsesPickupFolder(MailOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return environment.IsDevelopment() || string.IsNullOrWhiteSpace(options.Host);
    }
}
