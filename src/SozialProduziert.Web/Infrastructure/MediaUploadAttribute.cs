using Microsoft.Extensions.Options;
using SozialProduziert.Web.Services.Media;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Image uploads, limited to Media:MaxRequestBytes; each file is then limited to Media:MaxUploadBytes by
/// <see cref="ImageUploadService"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class MediaUploadAttribute : UploadLimitAttribute
{
    protected override long MaxRequestBytes(IServiceProvider services) =>
        services.GetRequiredService<IOptions<MediaOptions>>().Value.MaxRequestBytes;
}
