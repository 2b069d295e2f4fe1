using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Tests.Mail;

/// <summary>Puts mails into a test portal's outbox and runs the real dispatcher against a given SMTP port.</summary>
public static class OutboxKit
{
    public static MailOptions SmtpOn(int port, int maxAttempts = 8) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Tls = MailTlsMode.None,
        TimeoutSeconds = 5,
        MaxAttempts = maxAttempts,
        BatchSize = 20,
    };

    /// <summary>One pass of the app's <see cref="OutboxDispatcher"/>, with the app's database and clock, over SMTP to <paramref name="options"/>.</summary>
    public static async Task<DispatchResult> DeliverAsync(this PortalFactory portal, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var dispatcher = new OutboxDispatcher(services.GetRequiredService<AppDbContext>(), new SmtpMailTransport(options), Options.Create(options),
            services.GetRequiredService<TimeProvider>(), NullLogger<OutboxDispatcher>.Instance);
        return await dispatcher.DeliverDueAsync(CancellationToken.None);
    }

    /// <summary>Adds a mail through the app's <see cref="MailOutbox"/> and returns its id.</summary>
    public static async Task<long> EnqueueAsync(this PortalFactory portal, string to, string subject = "Testnachricht", string purpose = "test")
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mail = scope.ServiceProvider.GetRequiredService<MailOutbox>()
            .Enqueue(MailLayout.Compose(to, "Maria Berger", subject, "Guten Tag,", [new MailParagraph("Ein Test.")], purpose));
        await db.SaveChangesAsync();
        return mail.Id;
    }

    public static Task<OutboxMail> MailAsync(this PortalFactory portal, long id)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal.WithDbAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.Id == id));
    }
}
