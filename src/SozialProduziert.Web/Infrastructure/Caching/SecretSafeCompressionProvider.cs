using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace SozialProduziert.Web.Infrastructure.Caching;

/// <summary>
/// Compresses like the framework, except responses marked no-store: those carry anti-forgery tokens or personal
/// data (the staff area, forms), and compressing a secret next to text an attacker can inject is what BREACH
/// exploits over HTTPS. Public pages hold no secrets and are compressed.
/// </summary>
public sealed class SecretSafeCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return !HeaderUtilities.ContainsCacheDirective(context.Response.Headers.CacheControl, CacheControlHeaderValue.NoStoreString)
            && base.ShouldCompressResponse(context);
    }
}
