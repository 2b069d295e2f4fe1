using Microsoft.Extensions.Options;
using SozialProduziert.Web.Services.Downloads;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Download (PDF) uploads, limited to Downloads:MaxRequestBytes; a file over the limit inside an acceptable body is
/// explained on the form by <see cref="PdfUpload"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class DownloadUploadAttribute : UploadLimitAttribute
{
    protected override long MaxRequestBytes(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DownloadOptions>>().Value.MaxRequestBytes;
}
