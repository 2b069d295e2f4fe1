using Microsoft.AspNetCore.Mvc;
using SozialProduziert.Web.ViewModels.Common;

namespace SozialProduziert.Web.Controllers;

/// <summary>German error pages for status codes and unhandled exceptions; reached by re-execution with any method.</summary>
[Route("fehler")]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorController : Controller
{
    [Route("{code:int}")]
    public IActionResult Status([FromRoute] int code)
    {
        var status = code is >= 400 and <= 599 ? code : 404;
        Response.StatusCode = status;
        return View("Status", ErrorViewModel.For(status));
    }
}
