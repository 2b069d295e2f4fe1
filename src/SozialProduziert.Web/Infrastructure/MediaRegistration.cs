using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Web.Infrastructure;

public static class MediaRegistration
{
    /// <summary>Upload limits from section "Media" (checked at start-up) and the upload service.</summary>
    public static IServiceCollection AddPortalMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>()
            .Bind(configuration.GetSection(MediaOptions.Section))
            .Validate(o => o.IsValid(), "Media: Grenzwerte müssen positiv sein, MaxRequestBytes ≥ MaxUploadBytes, Breiten zwischen 1 und 10.000 px, mindestens ein Format aus jpeg, png, webp, gif.")
            .ValidateOnStart();
        services.AddSingleton<ImageUploadService>();
        return services;
    }
}
