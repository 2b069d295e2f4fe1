namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// Sets the browser security headers on every response. Scripts and styles come only from this host
/// (no inline script), nothing may frame the portal, and powerful browser features are switched off.
/// The one exception to framing: endpoints marked <see cref="AllowFramingAttribute"/> (the showcase widget firms
/// embed in their own websites) may be framed by https pages, and only they.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'";

    /// <summary>The same policy, but any https page may frame the response.</summary>
    public const string FrameablePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors https:";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // Read when the response starts: the endpoint has run by then, even though this middleware sits before routing.
            var frameable = context.GetEndpoint()?.Metadata.GetMetadata<AllowFramingAttribute>() is not null;
            headers.ContentSecurityPolicy = frameable ? FrameablePolicy : ContentSecurityPolicy;
            if (!frameable)
            {
                headers.XFrameOptions = "DENY";
            }

            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
            {
                headers["X-Robots-Tag"] = "noindex, nofollow";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}

/// <summary>Lets other (https) websites frame this endpoint. Meant for the embeddable showcase widget alone.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllowFramingAttribute : Attribute;
