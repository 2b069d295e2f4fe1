using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.Data;
using SozialProduziert.Web.Data.Seed;
using SozialProduziert.Web.Services;
using SozialProduziert.Web.Services.Accounts;
using SozialProduziert.Web.Services.Content;
using SozialProduziert.Web.Services.Mail;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>The service registrations of the portal, grouped so Program.cs reads like a table of contents.</summary>
public static class PortalServices
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddPortalDatabase(configuration, environment);
        services.AddPortalIdentity(environment);
        services.AddPortalRateLimits();
        services.AddScoped<StaffAccounts>();
        services.AddPortalDownloads(configuration);
        services.AddPortalAccounts();
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.Section));
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DemoContentSeeder>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ImageVariantEncoder>();
        services.AddPortalMedia(configuration);
        services.AddScoped<SearchService>();
        services.AddScoped<PageMetadata>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<ContentSnapshots>();
        services.AddScoped<ContentEditor>();
        services.AddPortalHistory();
        services.AddScoped<MailOutbox>();
        services.AddPortalProgrammes();
        services.AddPortalSpeed(configuration);
        services.AddPortalBrokering(configuration);
        services.AddPortalPartnerArea(configuration);

        // Umlauts and typographic quotes are written as they are instead of as &#xFC; character references.
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddControllersWithViews(mvc =>
        {
            mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            mvc.Filters.Add(new RequestSizeFilter());
            mvc.Filters.Add(new OneConnectionPerRequest());
            GermanBindingMessages.Apply(mvc.ModelBindingMessageProvider);
        });
        services.AddRouting(routing =>
        {
            routing.LowercaseUrls = true;
        });
        services.AddPortalOperations(configuration);
        return services;
    }
}
