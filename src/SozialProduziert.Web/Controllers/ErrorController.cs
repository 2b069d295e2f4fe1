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
        Response.StatusCode = status;
        return View("Status", ErrorViewModel.For(status));
    }
}
