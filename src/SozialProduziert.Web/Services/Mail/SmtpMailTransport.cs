using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace SozialProduziert.Web.Services.Mail;

/// <summary>Delivers over SMTP with MailKit: one connection per dispatcher pass, reused for the whole batch.</summary>
public sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    public string Description => $"SMTP {options.Host}:{options.Port} ({options.Tls})";

    public async Task<IMailSession> OpenAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        try
        {
            var security = options.Tls switch
            {
                MailTlsMode.None => SecureSocketOptions.None,
                MailTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            };
            await client.ConnectAsync(options.Host ?? "", options.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }

            return new Session(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private sealed class Session(SmtpClient client) : IMailSession
    {
        public bool IsUsable => client.IsConnected;

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken) =>
            await client.SendAsync(message, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or OperationCanceledException)
            {
                // The mails are delivered; a failing QUIT changes nothing about them.
            }
            finally
            {
                client.Dispose();
            }
        }
    }
}
