using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SozialProduziert.Web.Infrastructure;

/// <summary>
/// A form post whose declared length is over the server's request limit gets 413 and the German error page. Without
/// it the anti-forgery check would be first to read the body, fail, and call the oversized post a forgery (400).
/// Upload actions set their own, larger limit (<see cref="UploadLimitAttribute"/>) and are left to it.
/// </summary>
public sealed class RequestSizeFilter : IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before the upload limit (-1000) and the anti-forgery check (1000).</summary>
    public int Order => -1100;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Upload actions have their own limit; the error page re-executed for the 413 must not refuse itself.
        if (context.Filters.OfType<UploadLimitAttribute>().Any() || context.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return;
        }

        var limit = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (limit is not null && context.HttpContext.Request.ContentLength > limit)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        }
    }
}
