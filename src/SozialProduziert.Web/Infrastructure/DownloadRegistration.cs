using SozialProduziert.Web.Services.Downloads;

namespace SozialProduziert.Web.Infrastructure;

public static class DownloadRegistration
{
    /// <summary>The upload limit from section "Downloads" (checked at start-up) and the PDF check.</summary>
    public static IServiceCollection AddPortalDownloads(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DownloadOptions>()
            .Bind(configuration.GetSection(DownloadOptions.Section))
            .Validate(o => o.IsValid(), "Downloads: MaxBytes muss größer als 0 sein.")
            .ValidateOnStart();
        services.AddSingleton<PdfUpload>();
        return services;
    }
}
