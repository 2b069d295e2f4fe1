using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Controllers;

/// <summary>German error pages for status codes and unhandled exceptions; reached by re-execution with any method.</summary>
[Route("fehler")]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorController : Controller
{
    /// <summary>
    /// Takes the code from the route values itself: an action parameter would make MVC bind it, and binding first
    /// reads the request body - which, re-executed after a 400 for a malformed form or a 413 for an oversized one,
    /// fails again and left the code at 0, so those errors were answered as 404.
    /// </summary>
    [Route("{code:int}")]
    public IActionResult Status()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 404;
        var status = code is >= 400 and <= 599 ? code : 404;
        if (status == 500 && IsFormOverPlainHttp(HttpContext))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Status", ErrorViewModel.InsecureConnection(HttpsAddressOf(HttpContext)));
        }

        Response.StatusCode = status;
        return View("Status", ErrorViewModel.For(status));
    }

    /// <summary>
    /// Outside Development the anti-forgery cookie is Secure only, so a page with a form cannot be rendered for a
    /// plain-http request and anti-forgery throws. That is the visitor's http:// link or a reverse proxy that does not
    /// send X-Forwarded-Proto (docs/operations.md), not a fault of the portal: the visitor gets the https address.
    /// </summary>
    private static bool IsFormOverPlainHttp(HttpContext context) =>
        !context.Request.IsHttps
        && context.Features.Get<IExceptionHandlerFeature>()?.Error is InvalidOperationException error
        && error.TargetSite?.DeclaringType?.Namespace == "Microsoft.AspNetCore.Antiforgery";

    private static string HttpsAddressOf(HttpContext context)
    {
        // Re-execution replaces the path only; the query string is still the original one.
        var original = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "/";
        return UriHelper.BuildAbsolute("https", context.Request.Host, context.Request.PathBase, original, context.Request.QueryString);
    }
}
