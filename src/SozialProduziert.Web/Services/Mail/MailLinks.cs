using Microsoft.Extensions.Options;
using SozialProduziert.Web.Infrastructure;

namespace SozialProduziert.Web.Services.Mail;

/// <summary>Absolute links for mails: the configured public address, else the address of the current request.</summary>
public sealed class MailLinks(IHttpContextAccessor accessor, IOptions<SiteOptions> site)
{
    public string To(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!string.IsNullOrWhiteSpace(site.Value.PublicBaseUrl) || accessor.HttpContext is null)
        {
            var baseUrl = string.IsNullOrWhiteSpace(site.Value.PublicBaseUrl) ? "http://localhost" : site.Value.PublicBaseUrl.TrimEnd('/');
            return baseUrl + (path.StartsWith('/') ? path : "/" + path);
        }

        return SiteUrls.Absolute(accessor.HttpContext, site.Value, path);
    }
}
