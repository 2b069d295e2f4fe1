using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SozialProduziert.Web.Services.Accounts;
using SozialProduziert.Web.Services.Inquiries;
using SozialProduziert.Web.Services.Mail;
using SozialProduziert.Web.Services.Matching;
using SozialProduziert.Web.Services.Privacy;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Mail delivery (outbox dispatcher, SMTP or pickup folder), inquiries and needs with matching, the staff password
/// reset by mail, and the DSGVO side: personal-data stores, requests, retention.
/// </summary>
public static class BrokeringRegistration
{
    public static IServiceCollection AddPortalBrokering(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.Configure<PrivacyOptions>(configuration.GetSection(PrivacyOptions.Section));

        services.AddSingleton<IMailTransport>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<MailOptions>>().Value;
            var environment = provider.GetRequiredService<IHostEnvironment>();
            return MailTransports.UsesPickupFolder(options, environment)
                ? new PickupFolderMailTransport(Path.Combine(environment.ContentRootPath, options.PickupFolder))
                : new SmtpMailTransport(options);
        });
        services.AddScoped<OutboxDispatcher>();
        services.AddHostedService<OutboxBackgroundService>();
        services.AddScoped<MailLinks>();

        services.AddScoped<InquiryIntake>();
        services.AddScoped<InquiryWorkflow>();
        services.AddScoped<NeedMatcher>();

        services.AddScoped<PasswordResetByMail>();
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = PasswordResetByMail.LinkLifetime);

        services.AddScoped<IPersonalDataStore, InquiryPersonalDataStore>();
        services.AddScoped<IPersonalDataStore, OutboxPersonalDataStore>();
        services.AddScoped<PersonalDataRequests>();
        services.AddScoped<RetentionService>();
        services.AddHostedService<RetentionBackgroundService>();
        return services;
    }
}
