using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using SozialProduziert.Tests.Infrastructure;
using SozialProduziert.Web.Domain;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Tests.Mail;

/// <summary>Which way mails leave, chosen from configuration and environment, and the pickup folder as a developer sees it.</summary>
public sealed class MailTransportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sozialproduziert-pickup-").FullName;

    [Theory]
    [InlineData("Development", "mail.komunitas.example", true)]
    [InlineData("Development", "", true)]
    [InlineData("Production", "", true)]
    [InlineData("Production", "mail.komunitas.example", false)]
    [InlineData("Testing", "127.0.0.1", false)]
    public void Development_and_installations_without_an_SMTP_host_use_the_pickup_folder(string environment, string host, bool pickup) =>
        Assert.Equal(pickup, MailTransports.UsesPickupFolder(new MailOptions { Host = host }, new HostingEnvironment { EnvironmentName = environment }));

    [Theory]
    [InlineData("Testing", null, false)]
    [InlineData("Testing", true, true)]
    [InlineData("Production", null, true)]
    [InlineData("Production", false, false)]
    public void The_background_loop_is_off_in_Testing_unless_configured(string environment, bool? configured, bool enabled) =>
        Assert.Equal(enabled, OutboxBackgroundService.IsEnabled(new MailOptions { DispatchInBackground = configured }, new HostingEnvironment { EnvironmentName = environment }));

    [Fact]
    public async Task Without_an_SMTP_host_the_dispatcher_writes_each_mail_as_an_eml_file_with_text_and_HTML()
    {
        await using var portal = new PortalFactory { Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)) };
        using var host = portal.WithWebHostBuilder(b => b.UseSetting("Mail:PickupFolder", _folder).UseSetting("Mail:SenderAddress", "noreply@sozialproduziert.at"));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
            scope.ServiceProvider.GetRequiredService<MailOutbox>()
                .Enqueue(MailLayout.Compose("maria.berger@beispiel.at", "Maria Berger", "Ihre Bedarfsmeldung", "Guten Tag Maria Berger,", [new MailParagraph("Danke!")], "test"));
            await db.SaveChangesAsync();
        }

        Assert.IsType<PickupFolderMailTransport>(host.Services.GetRequiredService<IMailTransport>());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None)).Sent);
        }

        var file = Assert.Single(Directory.GetFiles(_folder));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Ihre Bedarfsmeldung", message.Subject);
        Assert.Equal("noreply@sozialproduziert.at", message.From.Mailboxes.Single().Address);
        Assert.Equal("Maria Berger", message.To.Mailboxes.Single().Name);
        Assert.Contains("Danke!", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<p style=\"line-height:1.5;\">Danke!</p>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_SMTP_host_configured_the_apps_own_dispatcher_delivers_over_SMTP()
    {
        await using var server = await SmtpTestServer.StartAsync();
        await using var portal = new PortalFactory();
        using var host = portal.WithWebHostBuilder(b => b
            .UseSetting("Mail:Host", "127.0.0.1")
            .UseSetting("Mail:Port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Mail:Tls", "None"));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<MailOutbox>()
                .Enqueue(MailLayout.Compose("maria.berger@beispiel.at", null, "Über SMTP", "Hallo,", [new MailParagraph("Text")], "test"));
            await scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>().SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DeliverDueAsync(CancellationToken.None);
        }

        Assert.IsType<SmtpMailTransport>(host.Services.GetRequiredService<IMailTransport>());
        Assert.Equal("Über SMTP", Assert.Single(server.Messages).Subject);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
